import { formatTimestamp } from "./format-timestamp.ts";
import type { Cue } from "./to-cues.ts";

/** SubRip as OpenAI writes it: cues numbered from 1, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, a blank line after each. */
export function toSrt(cues: readonly Cue[]): string {
  return cues
    .map((c, i) => `${i + 1}\n${formatTimestamp(c.start, ",")} --> ${formatTimestamp(c.end, ",")}\n${c.text}\n\n`)
    .join("");
}
