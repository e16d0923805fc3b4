import { env, exports } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fresh } from "./post.ts";

afterEach(() => vi.restoreAllMocks());

const BEARER = { authorization: "Bearer sk-local-dev" };

/** A request as the hostile suite (tests/hostile) sent it: raw path and query, headers, body. */
const send = (target: string, headers: Record<string, string>, body: BodyInit) =>
  exports.default.fetch(`http://w${target}`, { method: "POST", headers, body });

// The two 500s of the long hostile run (issue 14): a form content type whose body is no form. The runtime's
// `formData()` throws a TypeError there; the path (`//`, a trailing slash), the repeated `api-version` and a
// garbage `?token=` beside a valid header had nothing to do with it.
describe("a form content type whose body is no form", () => {
  const TARGETS = {
    deepl: "/v2/translate/?api-version=x&token=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    batch: "//translate/batch?api-version=92&api-version=%00%22",
    deeplx: "/translate",
  };
  const TYPES = ["multipart/form-data", "multipart/form-data; boundary=x"];

  it("is DeepL's 400 {message} on /v2/translate/, before any translation", async () => {
    const run = vi.spyOn(env.AI, "run");
    for (const type of TYPES) {
      const res = await send(TARGETS.deepl, { ...BEARER, "content-type": type }, '"text"');
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/json");
      const body = (await res.json()) as { message: string };
      expect(Object.keys(body)).toEqual(["message"]);
      expect(body.message).toMatch(
        /^The form body could not be parsed \(.+\): send `multipart\/form-data` with its boundary/,
      );
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("is DeepLX's 400 {code, message} on //translate/batch and /translate", async () => {
    for (const target of [TARGETS.batch, TARGETS.deeplx]) {
      for (const type of TYPES) {
        const res = await send(target, { ...BEARER, "content-type": type }, "text=Hallo");
        expect(res.status).toBe(400);
        expect(await res.json()).toEqual({
          code: 400,
          message: expect.stringContaining("form body could not be parsed"),
        });
      }
    }
  });

  it("still refuses a missing key first (DeepL's 403), without reading the body", async () => {
    const res = await send("/v2/translate/?token=garbage", { "content-type": "multipart/form-data" }, "x");
    expect(res.status).toBe(403);
  });
});

describe("the same paths and queries with a usable body", () => {
  it("translate on /v2/translate/ with a garbage ?token= beside a valid header (the header decides)", async () => {
    const text = fresh("Guten Morgen, wie geht es dir heute?");
    const res = await send(
      "/v2/translate/?api-version=x&token=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      { ...BEARER, "content-type": "application/json" },
      JSON.stringify({ text: [text], source_lang: "DE", target_lang: "EN" }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ translations: [{ detected_source_language: "DE", text: `[en] ${text}` }] });
  });

  it("translate on //translate/batch with api-version repeated", async () => {
    const res = await send(
      "//translate/batch?api-version=92&api-version=%00%22",
      { ...BEARER, "content-type": "application/json" },
      JSON.stringify({ source_lang: "auto", target_lang: "EN", text_list: [fresh("Bonjour à tous, mes amis")] }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ translations: [{ detected_source_lang: "fr" }] });
  });
});
