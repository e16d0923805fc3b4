import { type ChatChoice, type CompletionUsage, newId } from "@wai/core";
import { StopMatcher } from "../chat/stop-matcher.ts";
import type { ContentBlock, Message } from "./message.ts";
import { toAnthropicUsage } from "./to-anthropic-usage.ts";
import { toStopReason } from "./to-stop-reason.ts";
import { toToolInput } from "./to-tool-input.ts";

/**
 * A finished chat answer as Anthropic's `message`: a thinking block (the model's reasoning, unsigned), a text
 * block, then one `tool_use` block per call with `input` as an object. The text is cut at the first stop
 * sequence, which makes `stop_reason` `stop_sequence` (unless the model also called a tool).
 */
export function toMessage(
  model: string,
  choice: ChatChoice,
  usage: CompletionUsage,
  stopSequences: readonly string[] = [],
): Message {
  const content: ContentBlock[] = [];
  if (choice.reasoning) content.push({ type: "thinking", thinking: choice.reasoning, signature: "" });
  const stops = new StopMatcher(stopSequences);
  const text = choice.content === null ? "" : stops.cut(choice.content);
  if (text !== "") content.push({ type: "text", text });
  for (const call of choice.toolCalls) {
    const input = toToolInput(call.function.arguments);
    content.push({ type: "tool_use", id: call.id, name: call.function.name, input });
  }
  const matched = choice.toolCalls.length > 0 ? undefined : stops.matched; // a call still ends in tool_use
  return {
    id: newId("msg_"),
    type: "message",
    role: "assistant",
    model,
    content,
    stop_reason: matched === undefined ? toStopReason(choice.finishReason) : "stop_sequence",
    stop_sequence: matched ?? null,
    usage: toAnthropicUsage(usage),
  };
}
