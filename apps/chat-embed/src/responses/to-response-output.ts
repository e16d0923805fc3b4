import { type ChatChoice, newId } from "@wai/core";
import {
  outputText,
  type ResponseHead,
  type ResponseOutputItem,
  reasoningItem,
  toCallName,
} from "./response-object.ts";

/**
 * A finished chat choice as Responses output items, in the order a model produces them: its reasoning, its
 * message (also when empty and nothing else was said, so `output_text` is ""), then one `function_call` per tool
 * call with the call's id as `call_id` and its arguments as a JSON string.
 */
export function toResponseOutput(
  choice: ChatChoice | undefined,
  summary: boolean,
  namespaced?: ResponseHead["namespaced"],
): ResponseOutputItem[] {
  const items: ResponseOutputItem[] = [];
  if (!choice) return items;
  if (choice.reasoning) items.push(reasoningItem(newId("rs_", 48), choice.reasoning, summary));
  const calls = choice.toolCalls;
  if (choice.content || calls.length === 0) {
    const status = choice.finishReason === "length" ? "incomplete" : "completed";
    const content = [outputText(choice.content ?? "")];
    items.push({ id: newId("msg_", 48), type: "message", status, role: "assistant", content });
  }
  for (const call of calls) {
    const { name, arguments: args } = call.function;
    items.push({
      id: newId("fc_", 48),
      type: "function_call",
      status: "completed",
      call_id: call.id,
      ...toCallName(name, namespaced),
      arguments: args,
    });
  }
  return items;
}
