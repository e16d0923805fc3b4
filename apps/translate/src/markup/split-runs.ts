import type { Piece } from "./tokenize-markup.ts";

/** Has a letter in any script: a run without one (`—`, `2024`) is kept as is. */
const WORDLIKE = /\p{L}/u;

export interface Runs {
  /** The runs of words to translate, trimmed, in order. */
  texts: string[];
  /** The text again, each run replaced by its translation (`outputs[i]` for `texts[i]`), tokens and spaces kept. */
  join: (outputs: readonly string[]) => string;
}

/**
 * The words between a text's tokens, for a model that cannot be told to keep markup (m2m100): each run is
 * translated alone and the tokens are put back around the translations, so the markup is the original's by
 * construction. The price is context: `Click <a>here</a>` is three runs.
 */
export function splitRuns(pieces: readonly Piece[]): Runs {
  const texts: string[] = [];
  const slots = pieces.map((piece) => {
    if (piece.kind !== "text" || !WORDLIKE.test(piece.value)) return piece.value;
    const trimmed = piece.value.trim();
    const lead = piece.value.slice(0, piece.value.length - piece.value.trimStart().length);
    const trail = piece.value.slice(piece.value.trimEnd().length);
    texts.push(trimmed);
    return { lead, trail, at: texts.length - 1 };
  });
  return {
    texts,
    join: (outputs) =>
      slots
        .map((slot) => (typeof slot === "string" ? slot : slot.lead + (outputs[slot.at] ?? "") + slot.trail))
        .join(""),
  };
}
