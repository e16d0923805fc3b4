import { expect, it } from "vitest";
import { toCues } from "../src/app/to-cues.ts";

it("reads the cues of SRT and WebVTT as whisper writes them", () => {
  const srt = "1\n00:00:00,038 --> 00:00:02,963\nHello there.\n\n2\n00:00:03,000 --> 00:00:04,500\nBye.\n\n";
  expect(toCues(srt)).toEqual([
    { start: "00:00:00,038", end: "00:00:02,963", text: "Hello there." },
    { start: "00:00:03,000", end: "00:00:04,500", text: "Bye." },
  ]);
  const vtt = "WEBVTT\n\n00:00.038 --> 00:02.963 align:start\nHello\nthere.\n";
  expect(toCues(vtt)).toEqual([{ start: "00:00.038", end: "00:02.963", text: "Hello\nthere." }]);
});
