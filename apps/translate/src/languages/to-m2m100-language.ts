import { badRequest } from "@wai/core";
import { M2M100_LANGUAGES } from "./m2m100-languages.ts";

/**
 * Codes clients send that are not m2m100's own: DeepL's `NB` (m2m100 says `no` for Norwegian), ISO 639-3 and
 * legacy codes (`iw`, `in`, `ji`), Google's `fil`, and Chinese written as `zh-Hans`/`zh-CN`/`cmn`.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  nb: "no",
  nn: "no",
  iw: "he",
  in: "id",
  ji: "yi",
  fil: "tl",
  cmn: "zh",
  zho: "zh",
  chi: "zh",
};

/**
 * A language code from any client (DeepL `EN-US`, `PT-BR`, `ZH-HANS`, `NB`; BCP 47 `zh-CN`, `en-GB`,
 * `sr-Latn-RS`; m2m100's own `en`), in any letter case, as m2m100's code: the primary subtag, lower-cased,
 * after the synonyms above. A language m2m100 lacks is a 400 naming the field and the code.
 */
export function toM2m100Language(code: string, param: string): string {
  const trimmed = code.trim();
  const mapped = primaryLanguage(trimmed);
  if (M2M100_LANGUAGES.has(mapped)) return mapped;
  throw badRequest(
    `Unsupported ${param}: "${trimmed}". The translation model (m2m100) supports these languages: ` +
      `${[...M2M100_LANGUAGES].join(", ")} (DeepL and BCP 47 codes such as EN-US, ZH-HANS, zh-TW and NB are accepted too).`,
    param,
    "unsupported_language",
  );
}

/** The primary subtag of any client's code, lower-cased, after the synonyms above (`NB` → `no`, `zh-TW` → `zh`). */
export function primaryLanguage(code: string): string {
  const primary = code.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return SYNONYMS[primary] ?? primary;
}
