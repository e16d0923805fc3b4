/** Pairs of quotes a model wraps a whole translation in. */
const QUOTES: readonly [string, string][] = [
  ['"', '"'],
  ["“", "”"],
  ["„", "“"],
  ["'", "'"],
  ["«", "»"],
  ["「", "」"],
  ["『", "』"],
];

/** A trailing remark: `(Note: …)`, `(Translation of …)`, `（注：…）`. */
const TRAILING_NOTE =
  /\s*[(（]\s*(?:note|translator'?s note|translated|translation|literally|注|注意)[^()（）]*[)）]\s*$/i;

/**
 * One translated segment without what a model adds that the source did not have: quotes or `**bold**` around
 * the whole, a trailing `(Note: …)`, a leading `Translation:` label. What the source itself has is kept.
 */
export function cleanTranslation(translated: string, source: string): string {
  let text = translated.trim().replace(/^(?:\*\*)?(?:translation|translated text)(?:\*\*)?\s*[:：]\s*/i, "");
  const src = source.trim();
  if (!/[(（]/.test(src)) text = text.replace(TRAILING_NOTE, "");
  if (text.startsWith("**") && text.endsWith("**") && text.length > 4 && !src.startsWith("**"))
    text = text.slice(2, -2).trim();
  for (const [open, close] of QUOTES) {
    if (text.length > 2 && text.startsWith(open) && text.endsWith(close) && !src.startsWith(open)) {
      const inner = text.slice(open.length, -close.length);
      if (!inner.includes(open) || open !== close) text = inner.trim();
      break;
    }
  }
  return text;
}
