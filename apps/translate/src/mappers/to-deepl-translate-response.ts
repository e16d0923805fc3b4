import { toDeeplLanguage } from "../languages/to-deepl-language.ts";
import type { TranslatedText } from "../translate/translate-texts.ts";

/** DeepL's `POST /v2/translate` 200 body (DeepLcom/openapi `openapi.json`). */
export interface DeeplTranslateResponse {
  translations: {
    detected_source_language: string;
    text: string;
    billed_characters?: number;
    model_type_used?: "latency_optimized" | "quality_optimized";
  }[];
}

/**
 * One translation per input text, in input order. `detected_source_language` is an upper-case DeepL code (`NB`
 * for m2m100's `no`), the given source echoed when there was one; `billed_characters` (asked for with
 * `show_billed_characters`) counts the source text's characters, as DeepL does; `model_type_used` (when the
 * request sent `model_type`) says which engine served: m2m100 is `latency_optimized`, the LLM `quality_optimized`.
 */
export function toDeeplTranslateResponse(
  results: readonly TranslatedText[],
  texts: readonly string[],
  options: { billed: boolean; modelTypeUsed?: "latency_optimized" | "quality_optimized" },
): DeeplTranslateResponse {
  return {
    translations: results.map((result, i) => ({
      detected_source_language: toDeeplLanguage(result.source.split("-")[0] ?? result.source),
      text: result.text,
      ...(options.billed ? { billed_characters: [...(texts[i] ?? "")].length } : {}),
      ...(options.modelTypeUsed ? { model_type_used: options.modelTypeUsed } : {}),
    })),
  };
}
