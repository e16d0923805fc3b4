import type { LlmOptions } from "../llm/llm-options.ts";
import type { EngineKind } from "../translate-config.ts";

/**
 * Everything besides scope, languages and text that decides a cached translation: the engine and its model,
 * and for the LLM the target's variety (`Traditional Chinese`), formality, context and glossary (by id and
 * version). Two requests share a cache entry only when all of them agree.
 */
export function cacheVariant(
  engine: EngineKind,
  model: string,
  llm?: { targetName: string; options: LlmOptions; glossaryVersion?: string },
): string {
  if (engine === "m2m100" || !llm) return JSON.stringify([engine, model]);
  const { formality, context } = llm.options;
  return JSON.stringify([engine, model, llm.targetName, formality ?? "", context ?? "", llm.glossaryVersion ?? ""]);
}
