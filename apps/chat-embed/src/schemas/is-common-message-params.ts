import type { MessageCreateParams } from "./message-create-params.ts";
import { shapeCheck as is } from "./shape-check.ts";

const ROLES = new Set(["user", "assistant", "system"]);
const MESSAGE_KEYS = new Set(["role", "content"]);

/** Each known field's check when present: the schema's fields are optional, not nullable, so null fails too. */
const FIELDS: Record<string, (value: unknown) => boolean> = {
  max_tokens: (value) => is.integer(value, 1),
  system: is.string,
  stop_sequences: (value) => is.strings(value),
  temperature: (value) => is.range(value, 0, 1),
  top_p: (value) => is.range(value, 0, 1),
  top_k: (value) => is.integer(value, 0),
  stream: is.boolean,
  metadata: (value) => is.object(value) && (value.user_id == null || typeof value.user_id === "string"),
};
/** Fields left to the schema whenever they are present (nested shapes with their own messages). */
const SCHEMA_ONLY = new Set(["tools", "tool_choice", "thinking", "output_config"]);

/**
 * True when `data` is a Messages request of the common shape, which `MessageCreateParams` accepts and returns
 * unchanged: a non-empty model, `max_tokens`, messages of `{role, content: string}`, `system` as a string, the
 * scalar fields of the right type and range (and `metadata.user_id`), and none of the nested fields (tools,
 * thinking, output config). Unknown fields pass, as the schema lets them. Anything else is false and the schema decides.
 */
export function isCommonMessageParams(data: unknown): data is MessageCreateParams {
  if (!is.object(data)) return false;
  if (typeof data.model !== "string" || data.model === "") return false;
  if (data.max_tokens === undefined) return false;
  const messages = data.messages;
  if (!Array.isArray(messages) || messages.length === 0) return false;
  for (const message of messages) {
    if (!is.object(message) || typeof message.content !== "string") return false;
    if (typeof message.role !== "string" || !ROLES.has(message.role)) return false;
    for (const key in message) if (!MESSAGE_KEYS.has(key)) return false;
  }
  return is.fields(data, FIELDS, SCHEMA_ONLY, false);
}
