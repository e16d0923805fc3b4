import { describe, expect, it } from "vitest";
import type { AiBinding } from "../../src/ai/ai-client.ts";
import { createAiClient } from "../../src/ai/create-ai-client.ts";
import { readConfig } from "../../src/config.ts";
import { apiErrorOf } from "../expect-api-error.ts";
import { REST_ENVELOPE } from "../fixtures/workers-ai-wire.ts";

const MODEL = "@cf/meta/llama-3.1-8b-instruct";

describe("createAiClient", () => {
  it("uses the REST API with the client's token in passthrough mode", async () => {
    const urls: string[] = [];
    const tokens: (string | null)[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      urls.push(request.url);
      tokens.push(request.headers.get("authorization"));
      return Response.json(REST_ENVELOPE);
    }) as typeof globalThis.fetch;
    const config = readConfig({ AUTH_MODE: "passthrough", CF_ACCOUNT_ID: "acc1", CF_API_BASE_URL: "http://stub/v4" });
    const client = createAiClient({ auth: { mode: "passthrough", token: "cf-user-token" }, config, fetch });
    expect(await client.run(MODEL, { prompt: "x" })).toEqual(REST_ENVELOPE.result);
    expect(urls).toEqual([`http://stub/v4/accounts/acc1/ai/run/${MODEL}`]);
    expect(tokens).toEqual(["Bearer cf-user-token"]);
  });

  it("uses the binding in keys mode, with the configured gateway", async () => {
    const seen: unknown[] = [];
    const binding: AiBinding = {
      async run(_model, _inputs, options) {
        seen.push(options);
        return { response: "ok" };
      },
    };
    const config = readConfig({ API_KEYS: "k", AI_GATEWAY_ID: "gw" });
    const client = createAiClient({ auth: { mode: "keys", token: "k" }, config, binding });
    expect(await client.run(MODEL, { prompt: "x" })).toEqual({ response: "ok" });
    expect(seen).toEqual([{ gateway: { id: "gw" } }]);
  });

  it("answers a missing binding in keys mode with a 500 saying how to add it", async () => {
    const config = readConfig({ API_KEYS: "k" });
    const error = await apiErrorOf(() => createAiClient({ auth: { mode: "keys", token: "k" }, config }));
    expect(error).toMatchObject({ status: 500, code: "missing_ai_binding" });
    expect(error.message).toContain('"ai"');
  });
});
