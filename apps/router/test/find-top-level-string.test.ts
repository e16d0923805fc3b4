import { describe, expect, it } from "vitest";
import { findTopLevelString } from "../src/find-top-level-string.ts";

describe("findTopLevelString", () => {
  it.each([
    ['{"model":"gpt-4o","messages":[]}', "gpt-4o"],
    ['{ "messages": [{"role":"user","content":"{\\"model\\": \\"fake\\"}"}], "model" : "real" }', "real"],
    ['{"messages":[{"model":"nested"}],"model":"top"}', "top"],
    ['{"a":{"model":"nested"}}', undefined],
    ['{"model":42}', undefined],
    ['{"prompt":"ends with a backslash \\\\","model":"m"}', "m"],
    ['{"model":"caf\\u00e9"}', "café"],
    ['["model","x"]', undefined],
    ['{"model":"unterminated', undefined],
    ["", undefined],
  ])("%s → %s", (json, expected) => {
    expect(findTopLevelString(json, "model")).toBe(expected);
  });

  it("skips a large base64 string without parsing it", () => {
    const image = "A".repeat(5_000_000);
    const body = `{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,${image}"}}]}],"model":"@cf/meta/llama-4-scout-17b-16e-instruct"}`;
    expect(findTopLevelString(body, "model")).toBe("@cf/meta/llama-4-scout-17b-16e-instruct");
  });
});
