import { describe, expect, it } from "vitest";
import { joinSegments, splitSegments } from "../src/text/split-segments.ts";

describe("splitSegments / joinSegments", () => {
  it("splits at line breaks and keeps the layout around each segment", () => {
    const text = "  First line.\n\nSecond line\r\n\tThird\n";
    const segments = splitSegments(text);
    expect(segments.map((s) => s.text)).toEqual(["First line.", "Second line", "Third", ""]);
    expect(
      joinSegments(
        segments,
        segments.map((s) => s.text.toUpperCase()),
      ),
    ).toBe("  FIRST LINE.\n\nSECOND LINE\r\n\tTHIRD\n");
  });

  it("leaves segments without letters untranslated", () => {
    const segments = splitSegments("Title\n---\n2024\n• \nEnd");
    expect(segments.map((s) => s.text)).toEqual(["Title", "", "", "", "End"]);
    expect(joinSegments(segments, ["T", "x", "x", "x", "E"])).toBe("T\n---\n2024\n• \nE");
  });

  it("keeps a text without breaks whole", () => {
    expect(splitSegments("One paragraph. Two sentences.")).toEqual([
      { before: "", text: "One paragraph. Two sentences.", after: "" },
    ]);
  });
});
