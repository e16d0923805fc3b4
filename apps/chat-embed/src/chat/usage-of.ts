import { type CompletionUsage, estimateCompletionTokens, toUsage } from "@wai/core";
import type { Generation } from "./generation.ts";

/** Upstream usage, or the shared estimate from the prompt and the answer's texts (never zero). */
export function usageOf(generation: Generation, promptTokens: number): CompletionUsage {
  return toUsage(generation.usage, { prompt: promptTokens, completion: estimateCompletionTokens(generation.choices) });
}
