import { toDeeplLanguage } from "../languages/to-deepl-language.ts";
import type { TranslatedText } from "../translate/translate-texts.ts";

/** DeepLX's success body (OwO-Network/DeepLX `service/service.go`). */
export interface DeeplxResponse {
  code: 200;
  id: number;
  data: string;
  alternatives: string[];
  source_lang: string;
  target_lang: string;
  method: "Free";
}

/**
 * DeepLX's answer. Quirks kept for its clients: `source_lang` is the client's code as given, or the detected
 * one in upper case (DeepLX's whatlanggo reports `ZH`); `target_lang` is echoed as given; m2m100 gives a single
 * translation, so `alternatives` is empty (the original guide's worker answered `[]` too).
 */
export function toDeeplxResponse(
  result: TranslatedText,
  request: { sourceLang: string | undefined; targetLang: string },
  id: number,
): DeeplxResponse {
  return {
    code: 200,
    id,
    data: result.text,
    alternatives: [],
    source_lang: request.sourceLang ?? toDeeplLanguage(result.source),
    target_lang: request.targetLang,
    method: "Free",
  };
}
