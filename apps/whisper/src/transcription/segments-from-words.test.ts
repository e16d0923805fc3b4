import { describe, expect, it } from "vitest";
import { segmentsFromWords } from "./segments-from-words.ts";

const words = (text: string, gapAfter: Record<number, number> = {}) => {
  let t = 0;
  return text.split(" ").map((word, i) => {
    const w = { word, start: t, end: t + 0.3 };
    t += 0.4 + (gapAfter[i] ?? 0);
    return w;
  });
};

describe("segmentsFromWords", () => {
  it("ends a segment at a sentence end, keeping whisper's leading space", () => {
    const segments = segmentsFromWords(words("Hello there. How are you? 好。 Fine"));
    expect(segments.map((s) => s.text)).toEqual([" Hello there.", " How are you?", " 好。", " Fine"]);
    expect(segments[0]).toMatchObject({ start: 0, end: 0.7, temperature: 0, no_speech_prob: 0 });
  });

  it("splits at a pause longer than a second, and after 12 words", () => {
    expect(segmentsFromWords(words("one two three four", { 1: 1.5 })).map((s) => s.text)).toEqual([
      " one two",
      " three four",
    ]);
    const long = segmentsFromWords(words(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ")));
    expect(long.map((s) => s.text.trim().split(" ").length)).toEqual([12, 12, 6]);
  });

  it("gives nothing for no words", () => {
    expect(segmentsFromWords([])).toEqual([]);
  });
});
