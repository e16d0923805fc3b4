import type { FinishReason } from "@wai/core";

/**
 * OpenAI's finish reasons from Workers AI's: `model_length` (its own word for hitting the token limit) is
 * `length`; `error` and anything unknown are `stop`; a choice that called tools finishes with `tool_calls`
 * even when upstream says `stop` (legacy models do).
 */
export function toFinishReason(upstream: unknown, calledTools: boolean): FinishReason {
  if (upstream === "length" || upstream === "model_length") return "length";
  if (upstream === "content_filter") return "content_filter";
  if (calledTools || upstream === "tool_calls") return "tool_calls";
  return "stop";
}
