import { aiClientFor, type GatewayRequest } from "@wai/core";
import type { Env } from "../env.ts";
import { isAutoLanguage } from "../languages/is-auto-language.ts";
import { toM2m100Language } from "../languages/to-m2m100-language.ts";
import { variantNote } from "../languages/variant-note.ts";
import type { TranslateConfig } from "../translate-config.ts";
import { resolveSources } from "./resolve-sources.ts";
import { segmentTranslator } from "./segment-translator.ts";
import { type TranslatedText, translateTexts } from "./translate-texts.ts";
import { createTranslationCache, sha256Hex } from "./translation-cache.ts";

export interface TranslateInput {
  texts: readonly string[];
  /** As the client sent it: `auto`, empty or missing asks for detection. */
  sourceLang: string | null | undefined;
  targetLang: string;
}

export interface TranslateOutput {
  results: TranslatedText[];
  /** What was served differently from what was asked, for the `x-gateway-notes` header. */
  notes: string[];
}

/** The protocol-neutral translation of one request: languages mapped and checked, sources resolved, texts translated. */
export async function translateInput(
  request: GatewayRequest,
  env: Env,
  ctx: ExecutionContext,
  config: TranslateConfig,
  input: TranslateInput,
): Promise<TranslateOutput> {
  const target = toM2m100Language(input.targetLang, "target_lang");
  const given = isAutoLanguage(input.sourceLang) ? undefined : toM2m100Language(input.sourceLang ?? "", "source_lang");
  const sources = resolveSources(input.texts, { given, fallback: config.fallbackSource, target });
  const ai = aiClientFor(request, env);
  const cache = createTranslationCache({
    cache: typeof caches === "undefined" ? undefined : caches.default,
    ttlSeconds: config.cacheTtlSeconds,
  });
  const scope = request.auth.mode === "passthrough" ? await sha256Hex(request.auth.token) : "";
  const translate = segmentTranslator({ ai, scope, model: config.model, cache, waitUntil: (p) => ctx.waitUntil(p) });
  const results = await translateTexts(input.texts, sources, target, translate, config.maxSegments);
  const note = variantNote(input.targetLang);
  return { results, notes: note ? [note] : [] };
}
