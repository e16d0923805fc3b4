import { newId } from "@wai/core";
import type { ChatCompletionMessageToolCall } from "../schemas/chat-completion-create-params.ts";

/**
 * Workers AI's tool calls in OpenAI's shape. Legacy models answer `[{name, arguments: <object>}]` (no id,
 * arguments an object); llama-4-scout `[{id, type, function: {name, arguments: <object>}}]`; chat-completions
 * models OpenAI's own form. OpenAI clients need an `id`, `type: "function"` and `arguments` as a JSON string.
 */
export function toOpenAiToolCalls(upstream: unknown): ChatCompletionMessageToolCall[] {
  if (!Array.isArray(upstream)) return [];
  const calls: ChatCompletionMessageToolCall[] = [];
  for (const item of upstream) {
    if (!item || typeof item !== "object") continue;
    const call = item as Record<string, unknown>;
    const fn = (call.function && typeof call.function === "object" ? call.function : call) as Record<string, unknown>;
    if (typeof fn.name !== "string" || fn.name === "") continue;
    calls.push({
      id: typeof call.id === "string" && call.id !== "" ? call.id : newId("call_"),
      type: "function",
      function: { name: fn.name, arguments: toArgumentsString(fn.arguments) },
    });
  }
  return calls;
}

/** `arguments` as the JSON string OpenAI sends: an object is serialized, a missing one is `{}`. */
export function toArgumentsString(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "{}";
  return JSON.stringify(value);
}
