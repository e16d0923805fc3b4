import type { Piece } from "./tokenize-markup.ts";

export interface Protected {
  /** The text with every token replaced: `<gN>`…`</gN>` for a tag pair, `<gN/>` for anything else. */
  text: string;
  /** Placeholder → the original token. */
  originals: ReadonlyMap<string, string>;
}

/**
 * A segment as an LLM sees it: its markup replaced by short numbered placeholders it is told to keep, so
 * attributes (URLs, classes) are never sent and cannot be altered, and a lost or moved tag is seen
 * (`placeholderSequence`). A tag whose partner is on another line is a single `<gN/>`.
 */
export function toPlaceholders(pieces: readonly Piece[]): Protected {
  const partner = new Map<number, number>();
  const open: { name: string; index: number }[] = [];
  pieces.forEach((piece, index) => {
    if (piece.kind === "open") open.push({ name: piece.name, index });
    if (piece.kind !== "close") return;
    const at = open.findLastIndex((o) => o.name === piece.name);
    if (at < 0) return;
    const opener = open[at] as { index: number };
    open.splice(at);
    partner.set(opener.index, index);
    partner.set(index, opener.index);
  });
  const originals = new Map<string, string>();
  const numberOf = new Map<number, number>();
  let next = 1;
  const text = pieces
    .map((piece, index) => {
      if (piece.kind === "text") return piece.value;
      const other = partner.get(index);
      let placeholder: string;
      if (other === undefined) placeholder = `<g${next++}/>`;
      else if (other > index) {
        numberOf.set(index, next);
        placeholder = `<g${next++}>`;
      } else placeholder = `</g${numberOf.get(other)}>`;
      originals.set(placeholder, piece.value);
      return placeholder;
    })
    .join("");
  return { text, originals };
}

const PLACEHOLDER = /<\s*(\/?)\s*g(\d+)\s*(\/?)\s*>/g;

/** The placeholders of a text, in order, normalized (`< g1 />` → `<g1/>`). */
export function placeholderSequence(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => `<${m[1]}g${m[2]}${m[3]}>`);
}

/** Puts the original tokens back in place of the placeholders. */
export function fromPlaceholders(text: string, originals: ReadonlyMap<string, string>): string {
  return text.replace(
    PLACEHOLDER,
    (whole, slash, n, selfClose) => originals.get(`<${slash}g${n}${selfClose}>`) ?? whole,
  );
}
