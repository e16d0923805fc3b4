import { badRequest } from "@wai/core";
import { detectLanguage } from "../languages/detect-language.ts";

/** Detection reads at most this much of a text: enough to tell, and bounded CPU on long texts. */
const DETECT_CHARS = 1000;

/** Below this many letters a text's own detection is a guess (tinyld reads `Ja` as Finnish): the request's wins. */
const SHORT_LETTERS = 16;

export interface ResolveSourcesOptions {
  /** The client's source language as an m2m100 code, or undefined for `auto` / empty / missing. */
  given: string | undefined;
  /** Operator's explicit default when detection cannot tell (`FALLBACK_SOURCE_LANG`), else undefined. */
  fallback: string | undefined;
  /** The m2m100 target code: the source reported for a text with nothing to translate. */
  target: string;
}

/**
 * The source language of each text: the client's, or detected per text; a short text (`Ja`, `Hello`) takes
 * the language detected over the whole request, then its own guess, then the operator's fallback. Otherwise a 400 asks for
 * `source_lang`: never m2m100's silent English. A text without letters (`2024`, `—`) needs no source.
 */
export function resolveSources(texts: readonly string[], options: ResolveSourcesOptions): string[] {
  if (options.given) return texts.map(() => options.given as string);
  let whole: string | undefined | null = null;
  return texts.map((text, index) => {
    if (!/\p{L}/u.test(text)) return options.target;
    const own = detectLanguage(text.slice(0, DETECT_CHARS));
    const short = (text.match(/\p{L}/gu)?.length ?? 0) < SHORT_LETTERS;
    if (own && !short) return own;
    if (whole === null) whole = texts.length > 1 ? detectLanguage(texts.join("\n").slice(0, DETECT_CHARS)) : undefined;
    const found = whole ?? own ?? options.fallback;
    if (found) return found;
    const quoted = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    const which = texts.length > 1 ? `text ${index + 1} ("${quoted}")` : `"${quoted}"`;
    throw badRequest(
      `Could not detect the source language of ${which}: it is too short or mixed. Set source_lang.`,
      "source_lang",
      "language_not_detected",
    );
  });
}
