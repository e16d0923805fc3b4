import type { Model } from "@wai/catalog";
import { estimateTokens } from "@wai/core";
import type { ChatPlan } from "../chat/plan-chat.ts";
import type { CompletionCreateParams } from "../schemas/completion-create-params.ts";

/**
 * `max_tokens` is the client's or the catalog's default (not OpenAI's 16 for this endpoint, nor Workers AI's
 * 256); stop sequences are applied here for Workers AI's own models, which take none.
 */
export function planCompletion(model: Model, params: CompletionCreateParams, prompts: string[]): ChatPlan {
  return {
    maxTokens: params.max_tokens ?? model.limits.defaultMaxTokens ?? 2048,
    upstreamStream: Boolean(params.stream) && model.capabilities.streaming,
    promptTokens: prompts.reduce((n, p) => n + estimateTokens(p), 0),
    ...(params.stop && model.input !== "chat-completions" ? { stop: params.stop } : {}),
  };
}
