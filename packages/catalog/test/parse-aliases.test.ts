import { describe, expect, it } from "vitest";
import { parseAliases } from "../src/index.ts";

describe("parseAliases", () => {
  it("reads the JSON form", () => {
    expect(parseAliases('{"gpt-4o-mini":"@cf/meta/llama-3.1-8b-instruct","whisper-1":"@cf/openai/whisper"}')).toEqual({
      "gpt-4o-mini": "@cf/meta/llama-3.1-8b-instruct",
      "whisper-1": "@cf/openai/whisper",
    });
  });

  it("reads the a=b form, keeping `=` inside the model id", () => {
    expect(parseAliases(" gpt-4o = @cf/a/b , dall-e-3=@cf/black-forest-labs/flux-1-schnell,x=y=z")).toEqual({
      "gpt-4o": "@cf/a/b",
      "dall-e-3": "@cf/black-forest-labs/flux-1-schnell",
      x: "y=z",
    });
  });

  it.each([undefined, "", "  "])("is empty for %j", (value) => {
    expect(parseAliases(value)).toEqual({});
  });

  it.each([
    ['{"gpt-4o":', /MODEL_ALIASES is not valid JSON/],
    ['{"gpt-4o":5}', /"gpt-4o" must map to a model id string/],
    ['{"gpt-4o":" "}', /"gpt-4o" must map to a model id string/],
    ["gpt-4o", /"gpt-4o" is not alias=model/],
    ["=@cf/a/b", /is not alias=model/],
    ["gpt-4o=", /is not alias=model/],
  ])("refuses the malformed %j", (value, message) => {
    expect(() => parseAliases(value)).toThrow(message);
  });
});
