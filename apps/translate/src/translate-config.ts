import { requireModel } from "@wai/core";
import type { Env } from "./env.ts";
import { toM2m100Language } from "./languages/to-m2m100-language.ts";

export interface TranslateConfig {
  model: string;
  cacheTtlSeconds: number;
  maxRequestBytes: number;
  maxSegments: number;
  fallbackSource: string | undefined;
}

export const DEFAULT_MODEL = "@cf/meta/m2m100-1.2b";

/** The translate worker's own variables (see `Env`); a malformed value fails loudly, never a silent default. */
export function readTranslateConfig(env: Env): TranslateConfig {
  const model = requireModel(env.TRANSLATE_MODEL?.trim() || DEFAULT_MODEL, env, {
    worker: "translate",
    task: "translation",
  });
  const fallback = env.FALLBACK_SOURCE_LANG?.trim();
  return {
    model: model.id,
    cacheTtlSeconds: wholeNumber("CACHE_TTL_SECONDS", env.CACHE_TTL_SECONDS, 604_800),
    maxRequestBytes: wholeNumber("MAX_REQUEST_BYTES", env.MAX_REQUEST_BYTES, 131_072),
    maxSegments: wholeNumber("MAX_SEGMENTS", env.MAX_SEGMENTS, 100),
    fallbackSource: fallback ? fallbackLanguage(fallback) : undefined,
  };
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
