import { aiError, badInput } from "../ai-error.ts";
import type { TextGenerationModel as Model } from "../model.ts";
import { asObject, missing, type Obj, readBoolean, readNumber, readString } from "../validate.ts";
import type { TextRequest } from "./text-request.ts";
import { readMessages } from "./validate-messages.ts";
import { readResponseFormat } from "./validate-response-format.ts";
import { readToolChoice, readTools } from "./validate-tools.ts";

/** Workers AI's own default when `max_tokens` is not sent (reference §2.1.1). */
const DEFAULT_MAX_TOKENS = 256;

/** Text generation input, checked like the real schemas: exactly one of `prompt` / `messages`, and so on. */
export function readTextRequest(model: Model, inputs: Obj): TextRequest {
  const chat = model.request === "chat-completions";
  const hasPrompt = inputs.prompt !== undefined;
  if (hasPrompt && inputs.messages !== undefined) throw badInput("prompt and messages are mutually exclusive");
  if (chat && hasPrompt) throw badInput("Additional or unevaluated properties '/prompt' in '/' not allowed");
  if (!hasPrompt && inputs.messages === undefined)
    throw chat ? missing("/", ["messages"]) : badInput("oneOf at '/' not met, required properties at '/' are 'prompt'");
  const prompt = readString(inputs, "prompt", { min: 1, max: model.maxPromptChars });
  const messages = prompt === undefined ? readMessages(model, inputs.messages) : undefined;

  const maxTokens =
    readNumber(inputs, "max_tokens", { integer: true, min: 1 }) ??
    (chat ? readNumber(inputs, "max_completion_tokens", { integer: true, min: 1 }) : undefined) ??
    DEFAULT_MAX_TOKENS;
  for (const [field, range] of Object.entries(model.ranges)) readNumber(inputs, field, range);
  const stream = readBoolean(inputs, "stream") ?? false;
  const tools = model.tools ? readTools(inputs, model.tools.require) : [];
  const jsonSchema = readResponseFormat(model, inputs);
  // JSON mode does not stream (json-mode.mdx). Legacy models refuse; chat-completion models stream the JSON text.
  if (jsonSchema && stream && model.output === "legacy")
    throw badInput("JSON mode does not support streaming (response_format with stream: true)");

  const toolsText = tools.length ? JSON.stringify(tools).length : 0;
  const promptTokens = (messages?.tokens ?? Math.ceil((prompt ?? "").length / 4)) + Math.ceil(toolsText / 4);
  checkContextWindow(model, promptTokens + maxTokens);

  return {
    userText: prompt ?? messages?.userText ?? "",
    ...(messages?.toolResult !== undefined ? { toolResult: messages.toolResult } : {}),
    fromPrompt: prompt !== undefined,
    promptTokens,
    maxTokens,
    stream,
    includeUsage: readIncludeUsage(inputs),
    tools,
    toolChoice: readToolChoice(inputs, tools),
    ...(jsonSchema ? { jsonSchema } : {}),
    reasoning: model.reasoning && reasoningEnabled(inputs),
    n: chat ? (readNumber(inputs, "n", { integer: true, min: 1, max: 128 }) ?? 1) : 1,
  };
}

function checkContextWindow(model: Model, estimate: number): void {
  const limit = model.contextWindow;
  if (limit && estimate > limit)
    throw aiError(
      5021,
      `The estimated number of input and maximum output tokens (${estimate}) exceeded this model context window limit (${limit})`,
    );
}

function readIncludeUsage(inputs: Obj): boolean {
  if (inputs.stream_options === undefined) return false;
  return readBoolean(asObject(inputs.stream_options, "/stream_options"), "include_usage", "/stream_options") ?? false;
}

/** `reasoning_effort: null` or `chat_template_kwargs.enable_thinking: false` turn thinking off (§2.1.4). */
function reasoningEnabled(inputs: Obj): boolean {
  if (inputs.reasoning_effort === null) return false;
  const kwargs = inputs.chat_template_kwargs as Obj | undefined;
  return kwargs?.enable_thinking !== false;
}
