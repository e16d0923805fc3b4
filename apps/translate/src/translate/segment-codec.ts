import { shieldIgnored } from "../markup/shield-ignored.ts";
import { splitRuns } from "../markup/split-runs.ts";
import { fromPlaceholders, toPlaceholders } from "../markup/to-placeholders.ts";
import { type TagHandling, tokenizeMarkup } from "../markup/tokenize-markup.ts";

/** What a segment (one line of a text) asks of the model, and how the answers make its translation. */
export interface EncodedSegment {
  /** Texts for the model; none when there is nothing to translate. */
  jobs: string[];
  /** The segment's translation from the answers to `jobs`, markup put back. */
  decode: (outputs: readonly string[]) => string;
}

export interface SegmentCodec {
  /** Before splitting a text into lines: ignored elements (`ignore_tags`, `<script>`) become single tokens. */
  shield: (text: string) => ReturnType<typeof shieldIgnored>;
  encode: (segment: string) => EncodedSegment;
}

const LETTER = /\p{L}/u;

/** m2m100: the words between tags are translated alone, the markup put back around them. */
export function runsCodec(mode: TagHandling, ignoreTags: readonly string[] = []): SegmentCodec {
  return {
    shield: (text) => shieldIgnored(text, ignoreTags, mode),
    encode: (segment) => {
      const runs = splitRuns(tokenizeMarkup(segment, mode));
      return { jobs: runs.texts, decode: runs.join };
    },
  };
}

/** An LLM: the whole line with its markup as numbered placeholders (checked by the engine), put back after. */
export function placeholderCodec(mode: TagHandling, ignoreTags: readonly string[] = []): SegmentCodec {
  return {
    shield: (text) => shieldIgnored(text, ignoreTags, mode),
    encode: (segment) => {
      const pieces = tokenizeMarkup(segment, mode);
      if (!pieces.some((p) => p.kind === "text" && LETTER.test(p.value))) return { jobs: [], decode: () => segment };
      if (pieces.length === 1) return { jobs: [segment], decode: (out) => out[0] ?? "" };
      const { text, originals } = toPlaceholders(pieces);
      return { jobs: [text], decode: (out) => fromPlaceholders(out[0] ?? "", originals) };
    },
  };
}
