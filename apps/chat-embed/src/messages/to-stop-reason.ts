import type { FinishReason } from "@wai/core";
import type { StopReason } from "./message.ts";

/** A chat finish reason as Anthropic's `stop_reason` (a matched stop sequence is decided by the caller). */
export function toStopReason(finish: FinishReason): StopReason {
  if (finish === "length") return "max_tokens";
  if (finish === "tool_calls") return "tool_use";
  if (finish === "content_filter") return "refusal";
  return "end_turn";
}
