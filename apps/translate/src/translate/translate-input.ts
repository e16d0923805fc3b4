import { aiClientFor, type GatewayRequest, sha256Hex } from "@wai/core";
import { chooseEngine } from "../engine/choose-engine.ts";
import type { Env } from "../env.ts";
import { getGlossary, type StoredGlossary } from "../glossary/glossary-store.ts";
import { isAutoLanguage } from "../languages/is-auto-language.ts";
import { toLlmLanguage, toLlmTarget } from "../languages/to-llm-language.ts";
import { toM2m100Language } from "../languages/to-m2m100-language.ts";
import { variantNote } from "../languages/variant-note.ts";
import type { TagHandling } from "../markup/tokenize-markup.ts";
import type { EngineKind, TranslateConfig } from "../translate-config.ts";
import { chargeUsage } from "../usage/charge-usage.ts";
import { cacheVariant } from "./cache-variant.ts";
import { checkGlossaryPair } from "./check-glossary-pair.ts";
import { engineRunner } from "./engine-runner.ts";
import { resolveSources } from "./resolve-sources.ts";
import { placeholderCodec, runsCodec } from "./segment-codec.ts";
import { segmentPool } from "./segment-pool.ts";
import { type TranslatedText, translateTexts } from "./translate-texts.ts";
import { createTranslationCache } from "./translation-cache.ts";

export interface TranslateInput {
  texts: readonly string[];
  /** As the client sent it: `auto`, empty or missing asks for detection. */
  sourceLang: string | null | undefined;
  targetLang: string;
  /** DeepL's `model_type`. */
  modelType?: string | null;
  tagHandling?: TagHandling;
  ignoreTags?: readonly string[];
  formality?: "formal" | "informal";
  context?: string | null;
  glossaryId?: string | null;
}

export interface TranslateOutput {
  results: TranslatedText[];
  /** What was served differently from what was asked, and which engine served, for `x-gateway-notes`. */
  notes: string[];
  engine: EngineKind;
}

/**
 * The protocol-neutral translation of one request: engine chosen (`?engine=`, `model_type`, glossary, the
 * deployment's default), languages mapped and checked for it, sources resolved, the month's characters checked,
 * texts translated (markup kept), usage counted.
 */
export async function translateInput(
  request: GatewayRequest,
  env: Env,
  ctx: ExecutionContext,
  config: TranslateConfig,
  input: TranslateInput,
): Promise<TranslateOutput> {
  const glossary = input.glossaryId
    ? await getGlossary(env.TRANSLATE_KV, request.auth.token, input.glossaryId)
    : undefined;
  const engineParam = new URL(request.url).searchParams.get("engine");
  const { engine, asked } = chooseEngine(config, {
    engine: engineParam,
    modelType: input.modelType,
    needsLlm: glossary ? "glossary_id" : undefined,
  });
  const llm = engine === "llm";
  const target = llm ? toLlmTarget(input.targetLang, "target_lang") : undefined;
  const targetCode = target?.code ?? toM2m100Language(input.targetLang, "target_lang");
  const toCode = llm ? toLlmLanguage : toM2m100Language;
  const given = isAutoLanguage(input.sourceLang) ? undefined : toCode(input.sourceLang ?? "", "source_lang");
  if (glossary) checkGlossaryPair(glossary, given, targetCode);
  const sources = resolveSources(input.texts, { given, fallback: config.fallbackSource, target: targetCode });
  const charge = await chargeUsage(env, request.auth.token, config.characterLimit, input.texts);

  const ai = aiClientFor(request, env);
  const mode = input.tagHandling ?? "auto";
  const options = { formality: input.formality, context: input.context ?? undefined, glossary: glossary?.entries };
  const model = llm ? config.llmModel.id : config.model;
  const variant = cacheVariant(
    engine,
    model,
    target && { targetName: target.name, options, glossaryVersion: glossaryKey(glossary) },
  );
  const translate = segmentPool({
    scope: request.auth.mode === "passthrough" ? await sha256Hex(request.auth.token) : "",
    variant,
    target: targetCode,
    cache: createTranslationCache({
      cache: typeof caches === "undefined" ? undefined : caches.default,
      ttlSeconds: config.cacheTtlSeconds,
    }),
    run: engineRunner({ engine, ai, config, target: targetCode, targetName: target?.name ?? "", options }),
    waitUntil: (p) => ctx.waitUntil(p),
  });
  const codec = llm ? placeholderCodec(mode, input.ignoreTags) : runsCodec(mode, input.ignoreTags);
  const results = await translateTexts(input.texts, sources, targetCode, {
    codec,
    translate,
    maxSegments: config.maxSegments,
  });
  ctx.waitUntil(charge());
  return { results, notes: notesFor(engine, model, input, glossary !== undefined && asked === undefined), engine };
}

function notesFor(engine: EngineKind, model: string, input: TranslateInput, glossary: boolean): string[] {
  const notes = [`engine ${engine} (${model})`];
  if (engine === "llm") {
    if (glossary) notes.push("glossary_id: served by the LLM engine (m2m100 cannot apply glossaries)");
    return notes;
  }
  const variant = variantNote(input.targetLang);
  if (variant) notes.push(variant);
  const ignored = [input.formality && "formality", input.context && "context"].filter(Boolean);
  if (ignored.length)
    notes.push(
      `ignored by the m2m100 engine (ask for model_type quality_optimized or ?engine=llm): ${ignored.join(", ")}`,
    );
  return notes;
}

const glossaryKey = (glossary: StoredGlossary | undefined) =>
  glossary ? `${glossary.glossary_id}:${glossary.entry_count}:${glossary.creation_time}` : undefined;
