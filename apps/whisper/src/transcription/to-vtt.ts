import { formatTimestamp } from "./format-timestamp.ts";
import type { Cue } from "./to-cues.ts";

/** WebVTT: a `WEBVTT` line and a blank line, then `HH:MM:SS.mmm --> HH:MM:SS.mmm`, the text, a blank line per cue. */
export function toVtt(cues: readonly Cue[]): string {
  return `WEBVTT\n\n${cues.map((c) => `${formatTimestamp(c.start, ".")} --> ${formatTimestamp(c.end, ".")}\n${c.text}\n\n`).join("")}`;
}
