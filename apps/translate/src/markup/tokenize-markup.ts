/** How a text's markup is read: DeepL's `tag_handling` (`html`, `xml`), or `auto` when none was sent (read as HTML). */
export type TagHandling = "html" | "xml" | "auto";

/** A piece of a text: words to translate, or a token kept exactly (a tag, an entity, a client placeholder). */
export type Piece =
  | { kind: "text"; value: string }
  | { kind: "open" | "close"; value: string; name: string }
  | { kind: "void"; value: string };

/**
 * What is kept as is: comments and CDATA; tags (attributes may quote `>`); character entities (`&amp;`,
 * `&#160;`, `&#x1F600;`); the placeholders translation clients put in text (`{0}`, `{{name}}`, `%s`, `%1$s`;
 * Immersive Translate's reserved placeholders, reference §5.3); and the shields of `shieldIgnored`.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/?[A-Za-z][\w:.-]*(?:\s(?:"[^"]*"|'[^']*'|[^'">])*)?\/?>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});|\{\{[^{}\s]{1,40}\}\}|\{\d{1,3}\}|%(?:\d{1,2}\$)?[sd]|\uE000\d+\uE001/g;

/** HTML elements that never have a closing tag. */
const HTML_VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));

/** Splits a text into words and kept tokens, in order; joining every `value` gives the text back. */
export function tokenizeMarkup(text: string, mode: TagHandling): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push({ kind: "text", value: text.slice(last, index) });
    pieces.push(toToken(match[0], mode));
    last = index + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: "text", value: text.slice(last) });
  return pieces;
}

function toToken(value: string, mode: TagHandling): Piece {
  const tag = /^<(\/?)([A-Za-z][\w:.-]*)/.exec(value);
  if (!tag || value.endsWith("/>")) return { kind: "void", value };
  const name = (tag[2] ?? "").toLowerCase();
  if (mode !== "xml" && HTML_VOID.has(name)) return { kind: "void", value };
  return { kind: tag[1] ? "close" : "open", value, name };
}
