import { describe, expect, it } from "vitest";
import { splitText } from "../../src/sse/split-text.ts";

describe("splitText", () => {
  it("keeps short text whole and never splits a surrogate pair", () => {
    expect(splitText("short")).toEqual(["short"]);
    const text = `${"a".repeat(4)}😀${"b".repeat(4)}`; // the emoji straddles the first cut at 5
    const pieces = splitText(text, 5);
    expect(pieces.join("")).toBe(text);
    expect(pieces[0]).toBe("aaaa");
    expect(pieces.every((p) => !/[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});
