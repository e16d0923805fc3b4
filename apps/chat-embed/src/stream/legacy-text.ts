const HEAD = '{"response":"';
const PADDING = ',"p":"';
/** What would make a JSON string literal need `JSON.parse`: an escape, or a control character (invalid JSON). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids them raw in a string; such events go to JSON.parse
const NOT_PLAIN = /[\\\u0000-\u001f]/;

/**
 * The text of a legacy Workers AI event that is exactly `{"response":"<text>"}` or
 * `{"response":"<text>","p":"<padding>"}` with no escape in either string; `undefined` for anything else, which
 * is then parsed in full. Most streamed events are of this shape, and reading the literal as it is skips a
 * `JSON.parse` and the delta objects of `toStreamDeltas` per event (bench/PROFILE.md item 10). Same result as
 * `toStreamDeltas(JSON.parse(data))` for these events: one content delta, none for an empty text.
 */
export function legacyText(data: string): string | undefined {
  if (!data.startsWith(HEAD)) return undefined;
  const end = data.indexOf('"', HEAD.length);
  if (end === -1) return undefined;
  const text = data.slice(HEAD.length, end);
  if (NOT_PLAIN.test(text)) return undefined;
  if (end + 2 === data.length) return data.charCodeAt(end + 1) === 0x7d ? text : undefined; // `}`
  if (!data.startsWith(PADDING, end + 1) || !data.endsWith('"}')) return undefined;
  const padding = data.slice(end + 1 + PADDING.length, data.length - 2);
  return padding.includes('"') || NOT_PLAIN.test(padding) ? undefined : text;
}
