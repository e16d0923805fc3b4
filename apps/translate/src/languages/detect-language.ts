import { detect } from "tinyld/light";
import { M2M100_LANGUAGES } from "./m2m100-languages.ts";

/** Letters only Ukrainian writes in Cyrillic: tinyld's light model has no Ukrainian and reads it as Russian. */
const UKRAINIAN = /[іїєґІЇЄҐ]/;

/**
 * The source language of some text, as an m2m100 code, or undefined when tinyld cannot tell (too short, too
 * mixed: `Hello`, `Hola`): the caller then asks the client for `source_lang`, never assumes English (m2m100's
 * own silent default). tinyld's light model (24 languages, about 34 KiB gzip) is used for its size and its
 * accuracy on short paragraphs; its own confidence rule decides when it answers.
 */
export function detectLanguage(text: string): string | undefined {
  const lang = detect(text);
  if (lang === "ru" && UKRAINIAN.test(text)) return "uk";
  return M2M100_LANGUAGES.has(lang) ? lang : undefined;
}
