import { afterEach, describe, expect, it, vi } from "vitest";
import { authenticate, presentedCredential } from "../src/auth.ts";
import type { AuthOptions } from "../src/auth-options.ts";
import { apiErrorOf } from "./expect-api-error.ts";

const KEY = "sk-gw-0123456789";
const keys: AuthOptions = { mode: "keys", keys: ["other-key", KEY] };

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`https://gw.example${path}`, { method: "POST", headers });

afterEach(() => vi.restoreAllMocks());

describe("presentedCredential", () => {
  it.each([
    ["Authorization: Bearer (OpenAI SDKs)", request("/v1/models", { authorization: `Bearer ${KEY}` })],
    ["lower-case bearer", request("/v1/models", { authorization: `bearer   ${KEY}  ` })],
    [
      "Authorization: DeepL-Auth-Key (DeepL clients)",
      request("/v2/translate", { authorization: `DeepL-Auth-Key ${KEY}` }),
    ],
    ["a bare Authorization value", request("/v1/models", { authorization: KEY })],
    ["x-api-key", request("/v1/models", { "x-api-key": KEY })],
    ["?token= (DeepLX)", request(`/translate?token=${KEY}`)],
    ["?key= (Immersive Translate)", request(`/translate?key=${KEY}`)],
    ["?password= (the original guide's URLs)", request(`/translate?password=${KEY}`)],
  ])("reads %s", (_where, req) => {
    expect(presentedCredential(req)).toBe(KEY);
  });

  it("falls through an empty `Bearer` to the other places", () => {
    expect(presentedCredential(request(`/translate?key=${KEY}`, { authorization: "Bearer " }))).toBe(KEY);
  });

  it("is undefined when nothing was sent", () => {
    expect(presentedCredential(request("/v1/models"))).toBeUndefined();
  });
});

describe("authenticate", () => {
  it("accepts any configured key, from any place", async () => {
    expect(await authenticate(request(`/translate?token=${KEY}`), keys)).toEqual({ mode: "keys", token: KEY });
    expect(await authenticate(request("/v1/models", { "x-api-key": "other-key" }), keys)).toEqual({
      mode: "keys",
      token: "other-key",
    });
  });

  it("refuses a wrong key with 401 invalid_api_key", async () => {
    const error = await apiErrorOf(() =>
      authenticate(request("/v1/models", { authorization: "Bearer sk-wrong" }), keys),
    );
    expect(error).toMatchObject({ status: 401, type: "invalid_request_error", code: "invalid_api_key" });
    expect(error.message).toBe("Incorrect API key provided.");
  });

  it("refuses a missing key, saying where to put one", async () => {
    const error = await apiErrorOf(() => authenticate(request("/v1/models"), keys));
    expect(error).toMatchObject({ status: 401, code: "invalid_api_key" });
    expect(error.message).toContain("Authorization: Bearer");
  });

  it("fails closed when no key is configured, saying so", async () => {
    const error = await apiErrorOf(() =>
      authenticate(request("/v1/models", { authorization: `Bearer ${KEY}` }), { mode: "keys", keys: [] }),
    );
    expect(error.status).toBe(401);
    expect(error.message).toContain("no API key configured (API_KEYS)");
  });

  it("refuses a key that only shares a prefix with a configured one", async () => {
    const error = await apiErrorOf(() =>
      authenticate(request("/v1/models", { authorization: `Bearer ${KEY}0` }), keys),
    );
    expect(error.status).toBe(401);
  });

  it("returns the client's Cloudflare token in passthrough mode, whatever keys are set", async () => {
    const options: AuthOptions = { mode: "passthrough", keys: [] };
    expect(await authenticate(request("/v1/models", { authorization: "Bearer cf-token" }), options)).toEqual({
      mode: "passthrough",
      token: "cf-token",
    });
    const error = await apiErrorOf(() => authenticate(request("/v1/models"), options));
    expect(error).toMatchObject({ status: 401, code: "invalid_api_key" });
    expect(error.message).toContain("Cloudflare API token");
  });
});
