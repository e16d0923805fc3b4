import type { TranslatedText } from "../translate/translate-texts.ts";

/** Immersive Translate's "Custom API" answer (immersivetranslate.com/en/docs/services/custom/). */
export interface BatchTranslateResponse {
  translations: { detected_source_lang: string; text: string }[];
}

/**
 * One translation per item of `text_list`, in order. Quirk: this format names the field
 * `detected_source_lang` (DeepL says `detected_source_language`) and uses lower-case codes (`zh`, `en`).
 */
export function toBatchTranslateResponse(results: readonly TranslatedText[]): BatchTranslateResponse {
  return { translations: results.map((r) => ({ detected_source_lang: r.source, text: r.text })) };
}
