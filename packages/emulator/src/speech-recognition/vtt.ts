/** Seconds as WebVTT's `MM:SS.mmm` (with `HH:` past an hour), as Workers AI writes its `vtt` field. */
export function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3600000);
  const m = Math.floor((ms % 3600000) / 60000);
  const s = ((ms % 60000) / 1000).toFixed(3).padStart(6, "0");
  return `${h ? `${String(h).padStart(2, "0")}:` : ""}${String(m).padStart(2, "0")}:${s}`;
}

/** `WEBVTT`, a blank line, then one cue per segment: `start --> end`, the text, a blank line. */
export function toVtt(cues: readonly { start: number; end: number; text: string }[]): string {
  return `WEBVTT\n\n${cues.map((c) => `${vttTime(c.start)} --> ${vttTime(c.end)}\n${c.text}\n\n`).join("")}`;
}
