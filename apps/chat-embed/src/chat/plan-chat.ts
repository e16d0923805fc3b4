import type { Model } from "@wai/catalog";
import { estimateTokens } from "@wai/core";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";

export interface ChatPlan {
  /** The `max_tokens` sent: the client's, else the catalog's default (Workers AI's own 256 cuts answers). */
  maxTokens: number;
  /** Ask upstream for SSE. False in JSON mode (Workers AI cannot stream it) and for models that do not stream. */
  upstreamStream: boolean;
  /** Estimated prompt tokens, for usage when upstream reports none. */
  promptTokens: number;
  /** Stop sequences applied here: Workers AI's own models take none (chat-completions models do it upstream). */
  stop?: string | string[];
  /** Workers AI's own reasoning models think inside `<think>` tags, moved here to `reasoning_content`. */
  thinkTags?: boolean;
}

export function planChat(model: Model, params: ChatCompletionCreateParams): ChatPlan {
  const jsonMode = params.response_format !== undefined && params.response_format?.type !== "text";
  return {
    maxTokens: params.max_completion_tokens ?? params.max_tokens ?? model.limits.defaultMaxTokens ?? 2048,
    upstreamStream: Boolean(params.stream) && model.capabilities.streaming && !jsonMode,
    promptTokens: estimatePromptTokens(params),
    ...(params.stop && model.input !== "chat-completions" ? { stop: params.stop } : {}),
    ...(model.output === "legacy-response" && model.capabilities.reasoning ? { thinkTags: true } : {}),
  };
}

/** About 4 tokens of framing a message, plus its text; image parts count a flat 256. */
function estimatePromptTokens(params: ChatCompletionCreateParams): number {
  let tokens = 0;
  for (const message of params.messages) {
    tokens += 4;
    const content = message.content;
    if (typeof content === "string") tokens += estimateTokens(content);
    else if (Array.isArray(content))
      for (const part of content) tokens += part.type === "text" ? estimateTokens(part.text) : 256;
  }
  if (params.tools?.length) tokens += estimateTokens(JSON.stringify(params.tools));
  return tokens;
}
