import { segmentsFromWords } from "./segments-from-words.ts";
import type { Transcript } from "./transcript.ts";

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/**
 * Subtitle cues: the model's segments when it returns them, else its words grouped into sentences, else one
 * cue holding the whole text over the audio's duration. Text is trimmed; `-->` inside it becomes `->`, as
 * whisper's writers do, so it cannot be read as a timing line.
 */
export function toCues(transcript: Transcript): Cue[] {
  const segments = transcript.segments?.length
    ? transcript.segments
    : transcript.words?.length
      ? segmentsFromWords(transcript.words)
      : [{ start: 0, end: transcript.duration ?? 0, text: transcript.text }];
  return segments
    .map((s) => ({ start: s.start, end: s.end, text: s.text.trim().replaceAll("-->", "->") }))
    .filter((c) => c.text !== "");
}
