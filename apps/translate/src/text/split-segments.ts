/** One piece of a text: `text` is what gets translated; `before`/`after` (line breaks, indentation) are kept. */
export interface Segment {
  before: string;
  text: string;
  after: string;
}

/** Line breaks with the blank space around them: `\n`, `\r\n`, blank lines, indentation of the next line. */
const BREAK = /[^\S\r\n]*(?:\r?\n[^\S\r\n]*)+/;

/** Has a letter in any script; a segment without one (`—`, `2024`, `•`) is kept as is, with no inference. */
const WORDLIKE = /\p{L}/u;

/**
 * Splits a text at its line breaks (m2m100 translates a sentence or paragraph at a time and drops or merges
 * newlines it is given). Each segment keeps the white space around it, so `joinSegments` of the translations
 * gives back the same paragraph layout. Blank, number- or symbol-only segments get `text: ""`: nothing to translate.
 */
export function splitSegments(input: string): Segment[] {
  const parts = input.split(new RegExp(`(${BREAK.source})`));
  const segments: Segment[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i] ?? "";
    const trimmed = line.trim();
    const lead = line.slice(0, line.length - line.trimStart().length);
    const trail = line.slice(line.trimEnd().length);
    const separator = parts[i + 1] ?? "";
    if (!WORDLIKE.test(trimmed)) segments.push({ before: line, text: "", after: separator });
    else segments.push({ before: lead, text: trimmed, after: trail + separator });
  }
  return segments;
}

/** Puts translated segments back in the layout of the original. */
export function joinSegments(segments: readonly Segment[], translated: readonly string[]): string {
  return segments.map((s, i) => s.before + (s.text ? (translated[i] ?? "") : "") + s.after).join("");
}
