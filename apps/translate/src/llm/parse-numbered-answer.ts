/** A segment marker at the start of a line: `[3]`, `【3】`, `**[3]**`, `- [3]:`; the text follows it. */
const MARKER = /^\s*(?:[-*•]\s*)?(?:\*\*)?(?:\[|【)\s*(\d{1,4})\s*(?:\]|】)(?:\*\*)?\s*[:：.-]?\s?(.*)$/;

/** Lines a model adds around a translation: "Here is the translation:", "Sure!", "Translation:". */
const PREAMBLE =
  /^\s*(?:sure|certainly|of course|okay|ok|here(?:'s| is| are)|below (?:is|are)|the (?:translation|translated)|translations?|translated text)\b[^\n]*[:：!.]\s*$/i;
const LABEL = /^\s*(?:\*\*)?(?:translation|translated text|译文|翻译)(?:\*\*)?\s*[:：]\s*/i;
const NOTE = /^\s*(?:\(|（)?\s*(?:note|notes|translator'?s note|注|注意)\s*[:：]/i;
const FENCE = /^\s*```/;

/**
 * The translations in a model's answer to numbered segments, by number: `result[i]` is segment `i + 1`, or
 * undefined when it is missing, empty or given twice (such a segment is asked again alone, never guessed from a
 * neighbour). Lines before the first marker and after the last translation that are commentary are dropped; an
 * unmarked line between two marked ones continues the line before (a model that wrapped a long line). An answer
 * to a single segment that has no marker at all is taken whole, once commentary is removed.
 */
export function parseNumberedAnswer(answer: string, count: number): (string | undefined)[] {
  const lines = answer.split(/\r?\n/).filter((line) => !FENCE.test(line));
  const found = new Map<number, string[]>();
  const twice = new Set<number>();
  let current: number | undefined;
  for (const line of lines) {
    const marked = MARKER.exec(line);
    if (marked) {
      const n = Number(marked[1]);
      if (n < 1 || n > count) {
        current = undefined;
        continue;
      }
      if (found.has(n)) twice.add(n);
      found.set(n, [marked[2] ?? ""]);
      current = n;
    } else if (!line.trim()) {
      // A blank line ends a segment: what follows unmarked is an epilogue ("Let me know if…"), not its text.
      current = undefined;
    } else if (current !== undefined && !NOTE.test(line)) {
      found.get(current)?.push(line.trim());
    } else if (NOTE.test(line)) current = undefined;
  }
  if (found.size === 0 && count === 1) return [unmarked(lines)];
  return Array.from({ length: count }, (_, i) => {
    if (twice.has(i + 1)) return undefined;
    const text = found
      .get(i + 1)
      ?.join(" ")
      .trim();
    return text ? text : undefined;
  });
}

function unmarked(lines: readonly string[]): string | undefined {
  const kept = lines.map((line) => line.replace(LABEL, "")).filter((line) => line.trim() && !PREAMBLE.test(line));
  const cut = kept.findIndex((line) => NOTE.test(line));
  const text = (cut < 0 ? kept : kept.slice(0, cut))
    .map((l) => l.trim())
    .join(" ")
    .trim();
  return text || undefined;
}
