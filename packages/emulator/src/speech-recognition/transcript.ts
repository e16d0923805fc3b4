import { seededRandom } from "../hash.ts";
import { phrase } from "../words.ts";

export interface TimedWord {
  word: string;
  start: number;
  end: number;
}

/**
 * The emulated transcript: `header` (which says what was asked, e.g. `[emulated fr transcription]`) then filler
 * words, about 2.5 a second, spread evenly over the audio. Times are float32 values, as Workers AI returns them.
 */
export function transcribe(seed: number, seconds: number, header: string): TimedWord[] {
  const rand = seededRandom(seed);
  const head = header.split(" ");
  const count = Math.max(head.length + 3, Math.min(400, Math.round(seconds * 2.5)));
  const filler = phrase(rand, count - head.length).split(" ");
  filler[0] = (filler[0] ?? "").charAt(0).toUpperCase() + (filler[0] ?? "").slice(1);
  filler[filler.length - 1] += ".";
  const words = [...head, ...filler];
  const slot = seconds / words.length;
  return words.map((word, i) => ({
    word,
    start: Math.fround(i * slot + slot * 0.1),
    end: Math.fround(i * slot + slot * 0.9),
  }));
}

/** Consecutive groups of at most `size` words (segments, VTT cues). */
export function groupWords(words: TimedWord[], size = 10): TimedWord[][] {
  const groups: TimedWord[][] = [];
  for (let i = 0; i < words.length; i += size) groups.push(words.slice(i, i + size));
  return groups;
}
