import { badRequest, type GatewayRequest } from "@wai/core";
import { M2M100_LANGUAGES } from "../languages/m2m100-languages.ts";
import { toDeeplLanguage } from "../languages/to-deepl-language.ts";
import { languageName } from "../languages/to-llm-language.ts";

/** DeepL's target-only variants this worker serves (the LLM engine writes them; m2m100 writes the base language). */
const VARIANTS = ["EN-GB", "EN-US", "PT-BR", "PT-PT", "ZH-HANS", "ZH-HANT", "ES-419"];

/**
 * `GET /v2/languages?type=source|target` (DeepL's shape, `[{language, name}]`, targets with
 * `supports_formality`): m2m100's 100 languages, which both engines translate, as DeepL codes (`NB` for
 * Norwegian), plus DeepL's target variants. Formality is applied by the LLM engine only.
 */
export function languagesHandler(request: GatewayRequest): Response {
  const type = new URL(request.url).searchParams.get("type") ?? "source";
  if (type !== "source" && type !== "target") throw badRequest(`type must be source or target, not "${type}".`, "type");
  const base = [...M2M100_LANGUAGES].map((code) => ({ language: toDeeplLanguage(code), name: languageName(code) }));
  if (type === "source") return Response.json(base);
  const variants = VARIANTS.map((language) => ({
    language,
    name: languageName(language.replace("HANS", "Hans").replace("HANT", "Hant")),
  }));
  return Response.json([...base, ...variants].map((l) => ({ ...l, supports_formality: true })));
}
