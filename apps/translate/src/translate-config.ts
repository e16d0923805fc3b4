import type { Model } from "@wai/catalog";
import { TRANSLATE_CATALOG } from "@wai/catalog/slices/translate";
import { requireModel } from "@wai/core";
import type { Env } from "./env.ts";
import { toM2m100Language } from "./languages/to-m2m100-language.ts";

/** The two ways this worker translates: m2m100 (fast, cheap) or a chat model of the catalog (better, slower). */
export type EngineKind = "m2m100" | "llm";

export interface TranslateConfig {
  /** The engine used when a request does not choose (`TRANSLATE_MODEL`'s kind). */
  defaultEngine: EngineKind;
  /** The m2m100 model. */
  model: string;
  /** The chat model of the LLM engine. */
  llmModel: Model;
  cacheTtlSeconds: number;
  maxRequestBytes: number;
  maxSegments: number;
  fallbackSource: string | undefined;
  /** Characters per key per calendar month (UTC) (`/v2/usage`); 0: no limit. */
  characterLimit: number;
}

export const DEFAULT_MODEL = "@cf/meta/m2m100-1.2b";
/** GLM-4.7 Flash: multilingual, on the Free plan, fast, thinking turned off for translation. */
export const DEFAULT_LLM_MODEL = "@cf/zai-org/glm-4.7-flash";

/** The translate worker's own variables (see `Env`); a malformed value fails loudly, never a silent default. */
export function readTranslateConfig(env: Env): TranslateConfig {
  const main = requireModel(env.TRANSLATE_MODEL?.trim() || DEFAULT_MODEL, env, {
    catalog: TRANSLATE_CATALOG,
    task: ["translation", "text-generation"],
  });
  checkEngineModel(main, "TRANSLATE_MODEL");
  const llmName = env.TRANSLATE_LLM_MODEL?.trim() || (main.task === "text-generation" ? main.id : DEFAULT_LLM_MODEL);
  const llmModel = requireModel(llmName, env, { catalog: TRANSLATE_CATALOG, task: "text-generation" });
  checkEngineModel(llmModel, "TRANSLATE_LLM_MODEL");
  const fallback = env.FALLBACK_SOURCE_LANG?.trim();
  return {
    defaultEngine: main.task === "translation" ? "m2m100" : "llm",
    model: main.task === "translation" ? main.id : DEFAULT_MODEL,
    llmModel,
    cacheTtlSeconds: wholeNumber("CACHE_TTL_SECONDS", env.CACHE_TTL_SECONDS, 604_800),
    maxRequestBytes: wholeNumber("MAX_REQUEST_BYTES", env.MAX_REQUEST_BYTES, 131_072),
    maxSegments: wholeNumber("MAX_SEGMENTS", env.MAX_SEGMENTS, 100),
    fallbackSource: fallback ? fallbackLanguage(fallback) : undefined,
    characterLimit: wholeNumber("CHARACTER_LIMIT", env.CHARACTER_LIMIT, 0),
  };
}

/** The engines speak m2m100's `{text, source_lang, target_lang}` and the chat styles; nothing else. */
function checkEngineModel(model: Model, name: string): void {
  const ok =
    model.task === "translation"
      ? model.input === "m2m100"
      : ["prompt-messages", "prompt-messages-parts", "chat-completions"].includes(model.input);
  if (!ok) throw new Error(`${name}: ${model.id} cannot translate here (an m2m100 model or a chat model is needed)`);
}

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  const text = value?.trim();
  if (!text) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number, not "${value}"`);
  return Number(text);
}

function fallbackLanguage(code: string): string {
  try {
    return toM2m100Language(code, "FALLBACK_SOURCE_LANG");
  } catch (error) {
    throw new Error(error instanceof Error ? error.message : String(error));
  }
}
