export interface Cue {
  start: string;
  end: string;
  text: string;
}

/** The cues of an SRT or WebVTT file, for a preview (timestamps as written). */
export function toCues(subtitles: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of subtitles.replace(/\r/g, "").split(/\n{2,}/)) {
    const lines = block.split("\n");
    const at = lines.findIndex((line) => line.includes("-->"));
    if (at < 0) continue;
    const [start = "", end = ""] = (lines[at] ?? "").split("-->").map((t) => t.trim().split(" ")[0] ?? "");
    cues.push({
      start,
      end,
      text: lines
        .slice(at + 1)
        .join("\n")
        .trim(),
    });
  }
  return cues;
}
