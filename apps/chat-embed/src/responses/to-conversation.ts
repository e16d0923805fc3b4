import type { ChatCompletionMessageParam } from "../schemas/chat-completion-create-params.ts";
import type { ResponseOutputItem } from "./response-object.ts";
import { namespacedName } from "./to-chat-params.ts";

/**
 * What a stored response remembers for `previous_response_id`: the conversation's messages (the instructions
 * left out, as OpenAI does: each request gives its own) and the answer as an assistant message with its text
 * and tool calls. Reasoning is not kept: Workers AI takes no earlier reasoning.
 */
export function toConversation(
  messages: readonly ChatCompletionMessageParam[],
  sources: readonly string[],
  output: readonly ResponseOutputItem[],
): ChatCompletionMessageParam[] {
  const kept = messages.filter((_, i) => sources[i] !== "instructions");
  let text = "";
  const toolCalls = [];
  for (const item of output) {
    if (item.type === "message") for (const part of item.content) text += part.text;
    else if (item.type === "function_call")
      toolCalls.push({
        id: item.call_id,
        type: "function" as const,
        function: {
          name: item.namespace ? namespacedName(item.namespace, item.name) : item.name,
          arguments: item.arguments,
        },
      });
  }
  if (text === "" && toolCalls.length === 0) return kept;
  return [
    ...kept,
    { role: "assistant", content: text === "" ? null : text, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) },
  ];
}
