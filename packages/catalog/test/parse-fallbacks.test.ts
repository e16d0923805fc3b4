import { describe, expect, it } from "vitest";
import { modelSettingsOf, parseFallbacks } from "../src/index.ts";

describe("parseFallbacks", () => {
  it("reads ladders, keys lower-cased, a single name as a ladder of one", () => {
    expect(parseFallbacks('{"GPT-4o": ["gpt-4", "@cf/qwen/qwq-32b"], "o3": "o4-mini"}')).toEqual({
      "gpt-4o": ["gpt-4", "@cf/qwen/qwq-32b"],
      o3: ["o4-mini"],
    });
  });

  it.each([undefined, "", " "])("is empty for %j", (value) => {
    expect(parseFallbacks(value)).toEqual({});
  });

  it.each([
    ["{", /MODEL_FALLBACKS is not valid JSON/],
    ["[]", /must be a JSON object/],
    ['{"a": []}', /"a" must map to a list of model names/],
    ['{"a": [1]}', /"a" must map to a list of model names/],
    ['{"a": [" "]}', /"a" must map to a list of model names/],
  ])("refuses the malformed %j", (value, message) => {
    expect(() => parseFallbacks(value)).toThrow(message);
  });
});

describe("modelSettingsOf", () => {
  it("defaults to serving retired ids and passing unlisted ones through", () => {
    expect(modelSettingsOf({})).toEqual({ aliases: {}, fallbacks: {}, retired: "serve", unlisted: "pass" });
  });

  it("reads every variable, and refuses an unknown choice", () => {
    const vars = {
      MODEL_ALIASES: "a=b",
      MODEL_FALLBACKS: '{"a":["c"]}',
      RETIRED_MODELS: "Reject",
      UNLISTED_MODELS: "reject",
    };
    expect(modelSettingsOf(vars)).toEqual({
      aliases: { a: "b" },
      fallbacks: { a: ["c"] },
      retired: "reject",
      unlisted: "reject",
    });
    expect(modelSettingsOf({ ...vars })).toBe(modelSettingsOf(vars));
    expect(() => modelSettingsOf({ UNLISTED_MODELS: "maybe" })).toThrow(/UNLISTED_MODELS must be "pass" or "reject"/);
  });
});
