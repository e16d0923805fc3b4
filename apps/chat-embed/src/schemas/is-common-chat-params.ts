import type { ChatCompletionCreateParams } from "./chat-completion-create-params.ts";
import { shapeCheck as is } from "./shape-check.ts";

const ROLES = new Set(["system", "developer", "user", "assistant"]);
const EFFORTS = new Set(["none", "minimal", "low", "medium", "high"]);
const MESSAGE_KEYS = new Set(["role", "content", "name"]);

/** Each known field's check when it is present and not null; a field not listed here is checked by the schema. */
const FIELDS: Record<string, (value: unknown) => boolean> = {
  max_tokens: (value) => is.integer(value, 1),
  max_completion_tokens: (value) => is.integer(value, 1),
  temperature: (value) => is.range(value, 0, 2),
  top_p: (value) => is.range(value, 0, 1),
  seed: (value) => Number.isInteger(value),
  presence_penalty: (value) => is.range(value, -2, 2),
  frequency_penalty: (value) => is.range(value, -2, 2),
  stream: is.boolean,
  stream_options: (value) =>
    is.object(value) && (value.include_usage == null || typeof value.include_usage === "boolean"),
  stop: (value) => typeof value === "string" || is.strings(value, 4),
  n: (value) => is.integer(value, 1, 128),
  logprobs: is.boolean,
  top_logprobs: (value) => is.integer(value, 0, 20),
  parallel_tool_calls: is.boolean,
  reasoning_effort: (value) => typeof value === "string" && EFFORTS.has(value),
  user: is.string,
};
/** Fields of the schema left to it whenever they are set (nested shapes with their own messages). */
const SCHEMA_ONLY = new Set(["tools", "tool_choice", "response_format"]);

/**
 * True when `data` is a chat completion request of the common shape, which `ChatCompletionCreateParams` accepts
 * and returns unchanged: a non-empty model, messages of `{role, content: string, name?}` (system, developer, user
 * or assistant), the scalar fields of the right type and range, and no tools, tool choice or response format.
 * Unknown fields pass, as the schema's loose objects let them. Anything else is false, and the caller runs the
 * schema, whose issues become the 400s (bench/PROFILE.md item 7: valibot's parse cost ≈ 20 µs per request).
 */
export function isCommonChatParams(data: unknown): data is ChatCompletionCreateParams {
  if (!is.object(data)) return false;
  if (typeof data.model !== "string" || data.model === "") return false;
  const messages = data.messages;
  if (!Array.isArray(messages) || messages.length === 0) return false;
  for (const message of messages) {
    if (!is.object(message) || typeof message.content !== "string") return false;
    if (typeof message.role !== "string" || !ROLES.has(message.role)) return false;
    if (message.name !== undefined && typeof message.name !== "string") return false;
    for (const key in message) if (!MESSAGE_KEYS.has(key)) return false;
  }
  return is.fields(data, FIELDS, SCHEMA_ONLY, true);
}
