import * as v from "valibot";
import { Integer, Range } from "./sampling-params.ts";

const InputText = v.looseObject({ type: v.literal("input_text"), text: v.string() });
const InputImage = v.looseObject({
  type: v.literal("input_image"),
  image_url: v.nullish(v.pipe(v.string(), v.minLength(1))),
  file_id: v.nullish(v.string()),
  detail: v.nullish(v.picklist(["auto", "low", "high", "original"])),
});
/** Files need OpenAI's Files API, which this gateway has not: refused by the mapper, naming the part. */
const InputFile = v.looseObject({ type: v.literal("input_file") });
const OutputText = v.looseObject({ type: v.literal("output_text"), text: v.string() });
const Refusal = v.looseObject({ type: v.literal("refusal"), refusal: v.string() });

export const ResponseContentPart = v.variant("type", [InputText, InputImage, InputFile, OutputText, Refusal]);
export type ResponseContentPart = v.InferOutput<typeof ResponseContentPart>;

const MessageItem = v.looseObject({
  type: v.literal("message"),
  role: v.picklist(["user", "assistant", "system", "developer"]),
  content: v.union([v.string(), v.array(ResponseContentPart)]),
});
const FunctionCallItem = v.looseObject({
  type: v.literal("function_call"),
  call_id: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  arguments: v.string(),
  namespace: v.nullish(v.string()),
});
const FunctionCallOutputItem = v.looseObject({
  type: v.literal("function_call_output"),
  call_id: v.pipe(v.string(), v.minLength(1)),
  output: v.union([v.string(), v.array(ResponseContentPart)]),
});
/** Earlier reasoning sent back (Codex does, with `encrypted_content`): accepted, not sent to the model. */
const ReasoningItem = v.looseObject({ type: v.literal("reasoning") });

/**
 * One `input` item. A message may come without `type` (`EasyInputMessage`): `normalizeInputItems` adds it.
 * Other item types (hosted tool calls, `item_reference`) are a 400 naming `input.<i>.type`.
 */
export const ResponseInputItem = v.variant("type", [
  MessageItem,
  FunctionCallItem,
  FunctionCallOutputItem,
  ReasoningItem,
]);
export type ResponseInputItem = v.InferOutput<typeof ResponseInputItem>;

const FunctionName = v.pipe(
  v.string(),
  v.regex(/^[\w-]{1,64}$/, "a function name is 1 to 64 of a-z, A-Z, 0-9, _ and -"),
);
const ToolFields = {
  type: v.string(),
  name: v.optional(FunctionName),
  description: v.nullish(v.string()),
  parameters: v.nullish(v.record(v.string(), v.unknown())),
  strict: v.nullish(v.boolean()),
};

/**
 * A Responses tool: function tools are flat (`name` beside `type`); a `namespace` groups function tools under
 * its `name` (Codex CLI sends its MCP and sub-agent tools so). Other types are refused by the mapper.
 */
export const ResponseTool = v.looseObject({ ...ToolFields, tools: v.optional(v.array(v.looseObject(ToolFields))) });
export type ResponseTool = v.InferOutput<typeof ResponseTool>;

export const ResponseToolChoice = v.union([
  v.picklist(["none", "auto", "required"]),
  v.looseObject({ type: v.literal("function"), name: v.string() }),
  v.looseObject({ type: v.string() }),
]);
export type ResponseToolChoice = v.InferOutput<typeof ResponseToolChoice>;

export const ResponseTextFormat = v.variant("type", [
  v.looseObject({ type: v.literal("text") }),
  v.looseObject({ type: v.literal("json_object") }),
  v.looseObject({
    type: v.literal("json_schema"),
    name: v.string(),
    description: v.nullish(v.string()),
    schema: v.record(v.string(), v.unknown()),
    strict: v.nullish(v.boolean()),
  }),
]);
export type ResponseTextFormat = v.InferOutput<typeof ResponseTextFormat>;

/** `ResponseCreateParams` (OpenAI's Responses API), the fields this worker reads; others are named in the notes. */
export const ResponseCreateParams = v.looseObject({
  model: v.pipe(v.string(), v.minLength(1)),
  input: v.optional(v.union([v.string(), v.array(ResponseInputItem)])),
  instructions: v.nullish(v.string()),
  tools: v.nullish(v.array(ResponseTool)),
  tool_choice: v.nullish(ResponseToolChoice),
  parallel_tool_calls: v.nullish(v.boolean()),
  text: v.nullish(
    v.looseObject({
      format: v.nullish(ResponseTextFormat),
      verbosity: v.nullish(v.picklist(["low", "medium", "high"])),
    }),
  ),
  reasoning: v.nullish(
    v.looseObject({
      effort: v.nullish(v.picklist(["none", "minimal", "low", "medium", "high", "xhigh"])),
      summary: v.nullish(v.picklist(["auto", "concise", "detailed"])),
      generate_summary: v.nullish(v.picklist(["auto", "concise", "detailed"])),
    }),
  ),
  max_output_tokens: v.nullish(Integer(1)),
  temperature: v.nullish(Range(0, 2)),
  top_p: v.nullish(Range(0, 1)),
  metadata: v.nullish(v.record(v.string(), v.pipe(v.string(), v.maxLength(512)))),
  store: v.nullish(v.boolean()),
  stream: v.nullish(v.boolean()),
  previous_response_id: v.nullish(v.pipe(v.string(), v.minLength(1))),
  include: v.nullish(v.array(v.string())),
  user: v.nullish(v.string()),
});
export type ResponseCreateParams = v.InferOutput<typeof ResponseCreateParams>;

/** Messages sent without `type` (`{role, content}`, as the SDK's `EasyInputMessage`) get `type: "message"`. */
export function normalizeInputItems(body: unknown): unknown {
  if (!body || typeof body !== "object") return body;
  const input = (body as { input?: unknown }).input;
  if (!Array.isArray(input)) return body;
  const items = input.map((item) =>
    item && typeof item === "object" && !("type" in item) && "role" in item ? { ...item, type: "message" } : item,
  );
  return { ...body, input: items };
}
