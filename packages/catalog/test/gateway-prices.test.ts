import { describe, expect, it } from "vitest";
import { findModel, gatewayPrices, listModels, ratioForUsdPerMTokens, toUnitCost } from "../src/index.ts";

const oneapi = gatewayPrices({ format: "oneapi" });
const newapi = gatewayPrices({ format: "newapi" });

describe("ratioForUsdPerMTokens", () => {
  it("is 1 for $2 per million tokens (one-api: 1 === $0.002 / 1K tokens)", () => {
    expect(ratioForUsdPerMTokens(2)).toBe(1);
    // one-api's own table: gpt-4o-mini is $0.15/M → 0.075; gpt-4o is $2.5/M → 1.25.
    expect(ratioForUsdPerMTokens(0.15)).toBe(0.075);
    expect(ratioForUsdPerMTokens(2.5)).toBe(1.25);
  });
});

describe("gatewayPrices, checked by hand", () => {
  it("llama-3.3-70b: 26,668 / 204,805 neurons per M tokens", () => {
    // 26,668 neurons × $0.011 / 1,000 = $0.293348 per M input → / 2 = 0.146674 → 0.14667 (5 digits).
    // 204,805 / 26,668 = 7.67980... → 7.6798.
    expect(oneapi.ModelRatio["@cf/meta/llama-3.3-70b-instruct-fp8-fast"]).toBe(0.14667);
    expect(oneapi.CompletionRatio["@cf/meta/llama-3.3-70b-instruct-fp8-fast"]).toBe(7.6798);
  });

  it("gpt-oss-120b: $0.35 / $0.75 per M → 0.175 and 2.1429", () => {
    expect(oneapi.ModelRatio["@cf/openai/gpt-oss-120b"]).toBe(0.175);
    expect(oneapi.CompletionRatio["@cf/openai/gpt-oss-120b"]).toBe(2.1429);
    // Its aliases carry the same price, so `o1` no longer costs OpenAI's o1 price.
    expect(oneapi.ModelRatio.o1).toBe(0.175);
  });

  it("an embedding model bills input only: CompletionRatio 1", () => {
    // bge-base: 6,058 neurons per M = $0.066638 per M → 0.033319.
    expect(oneapi.ModelRatio["@cf/baai/bge-base-en-v1.5"]).toBe(0.033319);
    expect(oneapi.CompletionRatio["@cf/baai/bge-base-en-v1.5"]).toBe(1);
    expect(oneapi.ModelRatio["text-embedding-ada-002"]).toBe(0.033319);
  });

  it("flux-1-schnell: 4 tiles × 4.8 + 4 steps × 9.6 = 57.6 neurons per 1024² image", () => {
    // 57.6 × $0.011 / 1,000 = $0.0006336 per image; OneAPI bills ratio × 1000 quota per image at 500,000 per $.
    expect(toUnitCost(findModel("dall-e-3")!)).toMatchObject({ kind: "image", size: 1024, steps: 4 });
    expect(newapi.ModelPrice?.["dall-e-3"]).toBe(0.0006336);
    expect(oneapi.ModelRatio["dall-e-3"]).toBe(0.3168);
    expect(oneapi.CompletionRatio["dall-e-3"]).toBeUndefined();
  });

  it("flux-2-dev: 4 output tiles × 20 steps × 37.27 neurons", () => {
    // 2,981.6 neurons = $0.0327976 → 0.032798; × 500 = 16.399.
    expect(newapi.ModelPrice?.["gpt-image-1"]).toBe(0.032798);
    expect(oneapi.ModelRatio["gpt-image-1"]).toBe(16.399);
  });

  it("aura-2-en: 2,727.27 neurons per 1,000 characters = $0.03 → ratio 15, like OneAPI's tts-1-hd", () => {
    expect(oneapi.ModelRatio["tts-1-hd"]).toBe(15);
    expect(newapi.ModelPrice?.["tts-1-hd"]).toBe(0.03);
  });

  it("whisper-large-v3-turbo: 46.36 neurons per minute = $0.00051 / 200 tokens → 1.2749", () => {
    // $0.00050996 per minute / 200 tokens = $2.5498e-6 per token × 500,000 = 1.2749 (OneAPI's whisper-1 is 15 for $0.006).
    expect(oneapi.ModelRatio["whisper-1"]).toBe(1.2749);
    expect(newapi.ModelPrice?.["whisper-1"]).toBe(0.00050996);
    expect(newapi.ModelRatio["whisper-1"]).toBeUndefined();
  });
});

describe("gatewayPrices coverage", () => {
  it("names every live id and default alias, priced or listed as unpriced", () => {
    const names = new Set([...Object.keys(oneapi.ModelRatio), ...oneapi.unpriced]);
    for (const model of listModels()) {
      expect(names.has(model.id)).toBe(true);
      for (const alias of model.aliases) expect(names.has(alias)).toBe(true);
    }
    expect(oneapi.unpriced).toContain("@cf/myshell-ai/melotts");
    expect(oneapi.unpriced).toContain("tts-1");
  });

  it("leaves out retired models, as /v1/models does", () => {
    expect(oneapi.ModelRatio["@cf/meta/llama-3.1-8b-instruct"]).toBeUndefined();
    expect(oneapi.unpriced).not.toContain("@cf/meta/llama-3.1-8b-instruct");
  });

  it("understands every per-unit price in the catalog (a new unit needs a rule, not a guess)", () => {
    for (const model of listModels({ includeRetired: true })) expect(() => toUnitCost(model)).not.toThrow();
  });

  it("keeps to one worker's names when asked", () => {
    const whisper = gatewayPrices({ format: "newapi", worker: "whisper" });
    expect(Object.keys(whisper.ModelRatio)).toEqual([]);
    expect(Object.keys(whisper.ModelPrice ?? {})).toContain("whisper-1");
    expect(Object.keys(whisper.ModelPrice ?? {})).not.toContain("dall-e-3");
  });

  it("prices MODEL_ALIASES names as their target, overriding a default alias", () => {
    const prices = gatewayPrices({
      format: "oneapi",
      aliases: { "gpt-4o-mini": "@cf/openai/gpt-oss-20b", "my-chat": "@cf/zai-org/glm-4.7-flash" },
    });
    expect(prices.ModelRatio["gpt-4o-mini"]).toBe(0.1);
    expect(prices.ModelRatio["my-chat"]).toBe(0.03);
  });

  it("gives new-api no ModelPrice key in OneAPI's format", () => {
    expect(oneapi).not.toHaveProperty("ModelPrice");
    expect(oneapi.notes.join(" ")).toContain("$0.011 per 1,000 neurons");
  });
});
