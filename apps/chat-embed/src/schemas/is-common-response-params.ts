import type { ResponseCreateParams } from "./response-create-params.ts";
import { shapeCheck as is } from "./shape-check.ts";

const ROLES = new Set(["user", "assistant", "system", "developer"]);
const ITEM_KEYS = new Set(["type", "role", "content"]);

/** Each known field's check when it is present and not null. */
const FIELDS: Record<string, (value: unknown) => boolean> = {
  instructions: is.string,
  parallel_tool_calls: is.boolean,
  max_output_tokens: (value) => is.integer(value, 1),
  temperature: (value) => is.range(value, 0, 2),
  top_p: (value) => is.range(value, 0, 1),
  store: is.boolean,
  stream: is.boolean,
  previous_response_id: (value) => typeof value === "string" && value !== "",
  user: is.string,
};
/** Fields left to the schema whenever they are set (nested shapes with their own messages). */
const SCHEMA_ONLY = new Set(["tools", "tool_choice", "text", "reasoning", "metadata", "include"]);

/**
 * True when `data` (after `normalizeInputItems`) is a Responses request of the common shape, which
 * `ResponseCreateParams` accepts and returns unchanged: a non-empty model, `input` a string or message items of
 * `{type: "message", role, content: string}`, the scalar fields of the right type and range, and none of the
 * nested fields (tools, text format, reasoning, metadata, include). Unknown fields pass, as the schema lets them.
 * Anything else is false and the schema decides (bench/PROFILE.md item 7).
 */
export function isCommonResponseParams(data: unknown): data is ResponseCreateParams {
  if (!is.object(data)) return false;
  if (typeof data.model !== "string" || data.model === "") return false;
  const input = data.input;
  if (Array.isArray(input)) {
    for (const item of input) {
      if (!is.object(item) || item.type !== "message" || typeof item.content !== "string") return false;
      if (typeof item.role !== "string" || !ROLES.has(item.role)) return false;
      for (const key in item) if (!ITEM_KEYS.has(key)) return false;
    }
  } else if (input !== undefined && typeof input !== "string") return false;
  return is.fields(data, FIELDS, SCHEMA_ONLY, true);
}
