import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";
import { describe, expect, it } from "vitest";
import { fromUpstreamError } from "../../src/ai/from-upstream-error.ts";
import { ApiError } from "../../src/api-error.ts";
import { modelsFor } from "../../src/models/require-model.ts";
import { fallsBack, serveWithFallbacks } from "../../src/models/serve-with-fallbacks.ts";

const route = { catalog: CHAT_EMBED_CATALOG, worker: "chat-embed", task: "text-generation" } as const;
const env = { MODEL_FALLBACKS: '{"gpt-4o": ["gpt-4", "o3"]}' };
const upstream = (code: number | string) => fromUpstreamError(new Error(`${code}: upstream says no`));

describe("fallsBack", () => {
  it.each([3040, 5028, 3007, 3046, 7000])("falls back on %s", (code) => {
    expect(fallsBack(upstream(code))).toBe(true);
  });

  it("falls back on a timeout", () => {
    expect(fallsBack(fromUpstreamError(new DOMException("timed out", "TimeoutError")))).toBe(true);
  });

  it.each([4006, 3036, 5006, 5021, 5007, 8007])("does not fall back on %s", (code) => {
    expect(fallsBack(upstream(code))).toBe(false);
  });

  it("does not fall back on what is not an upstream failure", () => {
    expect(fallsBack(new TypeError("bug"))).toBe(false);
    expect(fallsBack(new ApiError({ status: 400, message: "bad" }))).toBe(false);
  });
});

describe("serveWithFallbacks", () => {
  it("serves the first model when it answers, with the resolution's notes", async () => {
    const served = await serveWithFallbacks(modelsFor("gpt-4o", env, route), async (m) => m.id);
    expect(served).toMatchObject({ value: "@cf/meta/llama-4-scout-17b-16e-instruct", notes: [] });
  });

  it("climbs the ladder on capacity, naming who failed and who served", async () => {
    const tried: string[] = [];
    const served = await serveWithFallbacks(modelsFor("gpt-4o", env, route), async (m) => {
      tried.push(m.id);
      if (tried.length < 3) throw upstream(tried.length === 1 ? 3040 : 5028);
      return "ok";
    });
    expect(served.model.id).toBe("@cf/openai/gpt-oss-120b");
    expect(served.notes).toEqual([
      "fallback: `@cf/meta/llama-4-scout-17b-16e-instruct` failed (429 rate_limit_exceeded)",
      "fallback: `@cf/meta/llama-3.3-70b-instruct-fp8-fast` failed (404 model_retired)",
      "fallback: served by `@cf/openai/gpt-oss-120b` from MODEL_FALLBACKS",
    ]);
  });

  it("throws the first model's error when a client error or the daily allocation stops it", async () => {
    for (const code of [5006, 4006]) {
      const tried: string[] = [];
      const failure = serveWithFallbacks(modelsFor("gpt-4o", env, route), async (m) => {
        tried.push(m.id);
        throw upstream(code);
      });
      await expect(failure).rejects.toMatchObject({ status: code === 5006 ? 400 : 429 });
      expect(tried).toHaveLength(1);
    }
  });

  it("skips a ladder model that cannot take the request, and throws the first failure when all fail", async () => {
    const tried: string[] = [];
    const failure = serveWithFallbacks(modelsFor("gpt-4o", env, route), async (m) => {
      tried.push(m.id);
      if (tried.length === 2) throw new ApiError({ status: 400, message: "no tools here" });
      throw upstream(tried.length === 1 ? 3040 : 3046);
    });
    await expect(failure).rejects.toMatchObject({ status: 429, code: "rate_limit_exceeded" });
    expect(tried).toHaveLength(3);
  });
});
