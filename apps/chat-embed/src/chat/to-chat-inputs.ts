import type { Model } from "@wai/catalog";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import { toImageToTextInputs } from "./to-image-to-text-inputs.ts";
import { toLegacyMessages } from "./to-legacy-messages.ts";

export interface ChatInputOptions {
  maxTokens: number;
  /** Ask upstream for SSE (false when the answer is streamed from a JSON one, as JSON mode needs). */
  stream: boolean;
}

/**
 * The Workers AI inputs for a chat request, by the model's input style. Workers AI's own default of 256
 * tokens is never relied on: `maxTokens` is the client's or the catalog's default.
 */
export function toChatInputs(model: Model, params: ChatCompletionCreateParams, options: ChatInputOptions) {
  if (model.input === "image-to-text") return toImageToTextInputs(params, options.maxTokens);
  const sampling = pick(params, ["temperature", "top_p", "seed", "presence_penalty", "frequency_penalty"]);
  const stream = options.stream ? { stream: true } : {};
  if (model.input === "chat-completions") return toOpenAiInputs(params, options, sampling, stream);
  const tools = toolsFor(params);
  return {
    messages: toLegacyMessages(model, params.messages),
    max_tokens: options.maxTokens,
    ...sampling,
    ...(tools ? { tools } : {}),
    ...legacyResponseFormat(params),
    ...stream,
  };
}

/** Chat-completions models take OpenAI's body itself (reference §2.1.4); `null` content becomes `""`. */
function toOpenAiInputs(
  params: ChatCompletionCreateParams,
  options: ChatInputOptions,
  sampling: Record<string, unknown>,
  stream: Record<string, unknown>,
) {
  const messages = params.messages.map((m) =>
    m.content === null || m.content === undefined
      ? { ...m, content: m.role === "assistant" && "tool_calls" in m ? null : "" }
      : m,
  );
  const format = params.response_format?.type === "text" ? undefined : params.response_format;
  return {
    messages,
    [params.max_completion_tokens ? "max_completion_tokens" : "max_tokens"]: options.maxTokens,
    ...sampling,
    ...pick(params, ["stop", "tools", "tool_choice", "parallel_tool_calls", "n", "logprobs", "top_logprobs"]),
    ...(format ? { response_format: format } : {}),
    ...(params.reasoning_effort ? { reasoning_effort: toEffort(params.reasoning_effort) } : {}),
    ...stream,
    ...(options.stream && params.stream_options?.include_usage ? { stream_options: { include_usage: true } } : {}),
  };
}

/** `none` turns thinking off on Workers AI with `null`; `minimal` is not one of its values. */
function toEffort(effort: string): string | null {
  if (effort === "none") return null;
  return effort === "minimal" ? "low" : effort;
}

/** `tool_choice: "none"` sends no tools; a named function is the only one offered (legacy models have no tool_choice). */
function toolsFor(params: ChatCompletionCreateParams) {
  const choice = params.tool_choice;
  if (!params.tools?.length || choice === "none") return undefined;
  if (choice && typeof choice === "object") return params.tools.filter((t) => t.function.name === choice.function.name);
  return params.tools;
}

/** Legacy models take a bare JSON Schema under `json_schema` (reference §2.1.4, cloudflare/ai#559). */
function legacyResponseFormat(params: ChatCompletionCreateParams) {
  const format = params.response_format;
  if (!format || format.type === "text") return {};
  if (format.type === "json_schema" && format.json_schema.schema)
    return { response_format: { type: "json_schema", json_schema: format.json_schema.schema } };
  return { response_format: { type: "json_object" } };
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined && source[key] !== null) out[key as string] = source[key];
  return out;
}
