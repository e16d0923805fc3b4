import * as v from "valibot";
import { Integer, SamplingParams } from "./sampling-params.ts";

const TextPart = v.looseObject({ type: v.literal("text"), text: v.string() });
const ImageUrlPart = v.looseObject({
  type: v.literal("image_url"),
  image_url: v.looseObject({
    url: v.pipe(v.string(), v.minLength(1)),
    detail: v.optional(v.picklist(["auto", "low", "high"])),
  }),
});
/** Audio and file parts: only the chat-completions models take them (checked per model). */
const InputAudioPart = v.looseObject({ type: v.literal("input_audio"), input_audio: v.looseObject({}) });
const FilePart = v.looseObject({ type: v.literal("file"), file: v.looseObject({}) });

export const ChatCompletionContentPart = v.variant("type", [TextPart, ImageUrlPart, InputAudioPart, FilePart]);
export type ChatCompletionContentPart = v.InferOutput<typeof ChatCompletionContentPart>;

const TextContent = v.union([v.string(), v.array(TextPart)]);

export const ChatCompletionMessageToolCall = v.looseObject({
  id: v.string(),
  type: v.optional(v.literal("function"), "function"),
  function: v.looseObject({ name: v.string(), arguments: v.string() }),
});
export type ChatCompletionMessageToolCall = v.InferOutput<typeof ChatCompletionMessageToolCall>;

export const ChatCompletionMessageParam = v.variant("role", [
  v.looseObject({ role: v.picklist(["system", "developer"]), content: TextContent, name: v.optional(v.string()) }),
  v.looseObject({
    role: v.literal("user"),
    content: v.union([v.string(), v.array(ChatCompletionContentPart)]),
    name: v.optional(v.string()),
  }),
  v.looseObject({
    role: v.literal("assistant"),
    content: v.nullish(TextContent),
    tool_calls: v.optional(v.array(ChatCompletionMessageToolCall)),
    name: v.optional(v.string()),
  }),
  v.looseObject({ role: v.literal("tool"), content: TextContent, tool_call_id: v.string() }),
  v.looseObject({ role: v.literal("function"), content: v.nullable(v.string()), name: v.string() }),
]);
export type ChatCompletionMessageParam = v.InferOutput<typeof ChatCompletionMessageParam>;

export const ChatCompletionTool = v.looseObject({
  type: v.literal("function"),
  function: v.looseObject({
    name: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, "a function name is 1 to 64 of a-z, A-Z, 0-9, _ and -")),
    description: v.optional(v.string()),
    parameters: v.optional(v.record(v.string(), v.unknown())),
    strict: v.nullish(v.boolean()),
  }),
});
export type ChatCompletionTool = v.InferOutput<typeof ChatCompletionTool>;

export const ChatCompletionToolChoiceOption = v.union([
  v.picklist(["none", "auto", "required"]),
  v.looseObject({ type: v.literal("function"), function: v.looseObject({ name: v.string() }) }),
]);
export type ChatCompletionToolChoiceOption = v.InferOutput<typeof ChatCompletionToolChoiceOption>;

export const ResponseFormat = v.variant("type", [
  v.looseObject({ type: v.literal("text") }),
  v.looseObject({ type: v.literal("json_object") }),
  v.looseObject({
    type: v.literal("json_schema"),
    json_schema: v.looseObject({
      name: v.string(),
      description: v.optional(v.string()),
      schema: v.optional(v.record(v.string(), v.unknown())),
      strict: v.nullish(v.boolean()),
    }),
  }),
]);
export type ResponseFormat = v.InferOutput<typeof ResponseFormat>;

/** `CreateChatCompletionRequest` (reference §4.2), the fields this worker reads; unknown fields are ignored. */
export const ChatCompletionCreateParams = v.looseObject({
  ...SamplingParams,
  messages: v.pipe(v.array(ChatCompletionMessageParam), v.minLength(1, "messages must hold at least one message")),
  max_completion_tokens: v.nullish(Integer(1)),
  tools: v.nullish(v.array(ChatCompletionTool)),
  tool_choice: v.nullish(ChatCompletionToolChoiceOption),
  parallel_tool_calls: v.nullish(v.boolean()),
  response_format: v.nullish(ResponseFormat),
  n: v.nullish(Integer(1, 128)),
  logprobs: v.nullish(v.boolean()),
  top_logprobs: v.nullish(Integer(0, 20)),
  reasoning_effort: v.nullish(v.picklist(["none", "minimal", "low", "medium", "high"])),
  user: v.nullish(v.string()),
});
export type ChatCompletionCreateParams = v.InferOutput<typeof ChatCompletionCreateParams>;
