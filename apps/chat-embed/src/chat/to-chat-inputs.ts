import type { Model } from "@wai/catalog";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import type {
  ChatCompletionsInputs,
  ImageToTextInputs,
  LegacyMessagesInputs,
  LegacyPartsMessagesInputs,
} from "../upstream-inputs.ts";
import { pickSampling } from "./pick-sampling.ts";
import { toImageToTextInputs } from "./to-image-to-text-inputs.ts";
import { toLegacyPartsMessages, toLegacyTextMessages } from "./to-legacy-messages.ts";
import { toLegacyTools } from "./to-legacy-tools.ts";

export interface ChatInputOptions {
  maxTokens: number;
  /** Ask upstream for SSE (false when the answer is streamed from a JSON one, as JSON mode needs). */
  stream: boolean;
}

export type ChatInputs = LegacyMessagesInputs | LegacyPartsMessagesInputs | ChatCompletionsInputs | ImageToTextInputs;

/**
 * The Workers AI inputs for a chat request, by the model's input style, each typed as Cloudflare publishes it
 * (`upstream-inputs.ts`). Workers AI's own default of 256 tokens is never relied on: `maxTokens` is the client's
 * or the catalog's default. Sampling fields arrive already held to the model's ranges (`toSamplingParams`).
 */
export function toChatInputs(model: Model, params: ChatCompletionCreateParams, options: ChatInputOptions): ChatInputs {
  if (model.input === "image-to-text") return toImageToTextInputs(params, options.maxTokens);
  if (model.input === "chat-completions") return toChatCompletionsInputs(params, options);
  const tools = toolsFor(params);
  const common = {
    max_tokens: options.maxTokens,
    ...pickSampling(params),
    ...(tools ? { tools: toLegacyTools(tools) } : {}),
    ...legacyResponseFormat(params),
    ...(options.stream ? { stream: true } : {}),
  };
  if (model.input === "prompt-messages-parts")
    return { messages: toLegacyPartsMessages(params.messages), ...common } satisfies LegacyPartsMessagesInputs;
  return { messages: toLegacyTextMessages(params.messages), ...common } satisfies LegacyMessagesInputs;
}

/** Chat-completions models take OpenAI's body itself (reference §2.1.4); `null` content becomes `""`. */
export function toChatCompletionsInputs(
  params: ChatCompletionCreateParams,
  options: ChatInputOptions,
): ChatCompletionsInputs {
  const messages = params.messages.map((m): ChatCompletionsInputs["messages"][number] => {
    if (m.role === "assistant") return { ...m, content: m.content ?? ("tool_calls" in m ? null : "") };
    if (m.role === "function") return { ...m, content: m.content ?? "" };
    return m;
  });
  const format = params.response_format?.type === "text" ? undefined : params.response_format;
  const maxTokens = params.max_completion_tokens
    ? { max_completion_tokens: options.maxTokens }
    : { max_tokens: options.maxTokens };
  return {
    messages,
    ...maxTokens,
    ...pickSampling(params),
    ...(params.stop != null ? { stop: params.stop } : {}),
    ...(params.tools?.length ? { tools: params.tools } : {}),
    ...(params.tool_choice != null ? { tool_choice: params.tool_choice } : {}),
    ...(params.parallel_tool_calls != null ? { parallel_tool_calls: params.parallel_tool_calls } : {}),
    ...(params.n != null ? { n: params.n } : {}),
    ...(params.logprobs != null ? { logprobs: params.logprobs } : {}),
    ...(params.top_logprobs != null ? { top_logprobs: params.top_logprobs } : {}),
    ...(format ? { response_format: format as ChatCompletionsInputs["response_format"] } : {}),
    ...(params.reasoning_effort ? { reasoning_effort: toEffort(params.reasoning_effort) } : {}),
    ...(options.stream ? { stream: true } : {}),
    ...(options.stream && params.stream_options?.include_usage ? { stream_options: { include_usage: true } } : {}),
  };
}

/** `none` turns thinking off on Workers AI with `null`; `minimal` is not one of its values. */
function toEffort(effort: string): ChatCompletionsInputs["reasoning_effort"] {
  if (effort === "none") return null;
  return effort === "minimal" ? "low" : (effort as "low" | "medium" | "high");
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
    return { response_format: { type: "json_schema" as const, json_schema: format.json_schema.schema } };
  return { response_format: { type: "json_object" as const } };
}
