import * as v from "valibot";
import { Integer, Range } from "./sampling-params.ts";

// Anthropic's Messages API request (`MessageCreateParams` in @anthropic-ai/sdk), the fields this worker reads.
// `cache_control`, `citations` and other fields it does not read are accepted (loose objects) and ignored.

const TextBlockParam = v.looseObject({ type: v.literal("text"), text: v.string() });

const ImageSource = v.variant("type", [
  v.looseObject({
    type: v.literal("base64"),
    media_type: v.picklist(["image/jpeg", "image/png", "image/gif", "image/webp"]),
    data: v.pipe(v.string(), v.minLength(1)),
  }),
  v.looseObject({ type: v.literal("url"), url: v.pipe(v.string(), v.minLength(1)) }),
]);
const ImageBlockParam = v.looseObject({ type: v.literal("image"), source: ImageSource });

const ToolResultBlockParam = v.looseObject({
  type: v.literal("tool_result"),
  tool_use_id: v.string(),
  content: v.optional(v.union([v.string(), v.array(v.variant("type", [TextBlockParam, ImageBlockParam]))])),
  is_error: v.optional(v.boolean()),
});
const ToolUseBlockParam = v.looseObject({
  type: v.literal("tool_use"),
  id: v.string(),
  name: v.string(),
  input: v.unknown(),
});
const ThinkingBlockParam = v.looseObject({ type: v.literal("thinking"), thinking: v.string() });
const RedactedThinkingBlockParam = v.looseObject({ type: v.literal("redacted_thinking"), data: v.string() });

export const ContentBlockParam = v.variant("type", [
  TextBlockParam,
  ImageBlockParam,
  ToolUseBlockParam,
  ToolResultBlockParam,
  ThinkingBlockParam,
  RedactedThinkingBlockParam,
]);
export type ContentBlockParam = v.InferOutput<typeof ContentBlockParam>;

/** `user` and `assistant` turns; newer SDKs also allow `system` turns among the messages. */
export const MessageParam = v.looseObject({
  role: v.picklist(["user", "assistant", "system"]),
  content: v.union([v.string(), v.array(ContentBlockParam)]),
});
export type MessageParam = v.InferOutput<typeof MessageParam>;

/** A client tool (`input_schema`); any other `type` is an Anthropic server tool, refused by name when mapped. */
export const ToolParam = v.looseObject({
  type: v.optional(v.string()),
  name: v.pipe(v.string(), v.minLength(1)),
  description: v.optional(v.string()),
  input_schema: v.optional(v.record(v.string(), v.unknown())),
});
export type ToolParam = v.InferOutput<typeof ToolParam>;

export const ToolChoice = v.variant("type", [
  v.looseObject({ type: v.literal("auto"), disable_parallel_tool_use: v.optional(v.boolean()) }),
  v.looseObject({ type: v.literal("any"), disable_parallel_tool_use: v.optional(v.boolean()) }),
  v.looseObject({ type: v.literal("tool"), name: v.string(), disable_parallel_tool_use: v.optional(v.boolean()) }),
  v.looseObject({ type: v.literal("none") }),
]);
export type ToolChoice = v.InferOutput<typeof ToolChoice>;

export const ThinkingConfig = v.variant("type", [
  v.looseObject({ type: v.literal("enabled"), budget_tokens: Integer(1) }),
  v.looseObject({ type: v.literal("disabled") }),
  v.looseObject({ type: v.literal("adaptive") }),
]);
export type ThinkingConfig = v.InferOutput<typeof ThinkingConfig>;

export const OutputConfig = v.looseObject({
  effort: v.nullish(v.picklist(["low", "medium", "high", "xhigh", "max"])),
  format: v.nullish(v.looseObject({ type: v.literal("json_schema"), schema: v.record(v.string(), v.unknown()) })),
});

/** What `/v1/messages` and `/v1/messages/count_tokens` share. */
const MessagesBase = {
  model: v.pipe(v.string(), v.minLength(1)),
  messages: v.pipe(v.array(MessageParam), v.minLength(1, "messages must hold at least one message")),
  system: v.optional(v.union([v.string(), v.array(TextBlockParam)])),
  tools: v.optional(v.array(ToolParam)),
  tool_choice: v.optional(ToolChoice),
  thinking: v.optional(ThinkingConfig),
  output_config: v.optional(OutputConfig),
};

/** `POST /v1/messages`: `max_tokens` is required, as Anthropic requires it. */
export const MessageCreateParams = v.looseObject({
  ...MessagesBase,
  max_tokens: Integer(1),
  stop_sequences: v.optional(v.array(v.string())),
  temperature: v.optional(Range(0, 1)),
  top_p: v.optional(Range(0, 1)),
  top_k: v.optional(Integer(0)),
  metadata: v.optional(v.looseObject({ user_id: v.nullish(v.string()) })),
  stream: v.optional(v.boolean()),
});
export type MessageCreateParams = v.InferOutput<typeof MessageCreateParams>;

/** `POST /v1/messages/count_tokens`. */
export const MessageCountTokensParams = v.looseObject(MessagesBase);
export type MessageCountTokensParams = v.InferOutput<typeof MessageCountTokensParams>;
