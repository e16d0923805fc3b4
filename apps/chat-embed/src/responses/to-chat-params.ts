import { ApiError, badRequest, ignoredFieldsNote } from "@wai/core";
import type {
  ChatCompletionContentPart,
  ChatCompletionCreateParams,
  ChatCompletionMessageParam,
  ChatCompletionTool,
  ChatCompletionToolChoiceOption,
  ResponseFormat,
} from "../schemas/chat-completion-create-params.ts";
import type {
  ResponseContentPart,
  ResponseCreateParams,
  ResponseInputItem,
} from "../schemas/response-create-params.ts";

/** A Responses request as the chat request that runs it. */
export interface ChatRequestOfResponse {
  params: ChatCompletionCreateParams;
  notes: string[];
  /** Where each chat message came from (`input[3]`, `instructions`, `previous_response_id`), to name it in errors. */
  sources: string[];
  /** The chat names of namespaced functions (`crm__lookup`), and the namespace and name they stand for. */
  namespaced: Map<string, { namespace: string; name: string }>;
}

/** The one chat name of a function inside a namespace: chat tools have no namespaces. */
export const namespacedName = (namespace: string, name: string) => `${namespace}__${name}`;

type Message = ChatCompletionMessageParam;
type Body = ResponseCreateParams & Record<string, unknown>;

const refuse = (message: string, param: string) =>
  new ApiError({ status: 400, code: "unsupported_parameter", param, message });

/** Fields that only describe the request, or that ask for what open models cannot give: accepted, named in the notes. */
const NOTED_FIELDS = [
  "prompt_cache_key",
  "prompt_cache_retention",
  "client_metadata",
  "safety_identifier",
  "service_tier",
  "truncation",
  "stream_options",
  "max_tool_calls",
  "top_logprobs",
] as const;

/** Fields that would change what the request means and that this gateway cannot serve: a 400 naming them. */
const REFUSED_FIELDS: Record<string, string> = {
  background: "background responses are not supported: send the request and wait for it (or stream it).",
  conversation:
    "conversations are not supported: chain responses with previous_response_id (needs the RESPONSES KV binding).",
  prompt: "stored prompt templates are not supported: send instructions and input.",
};

/**
 * OpenAI's Responses request (`POST /v1/responses`) as chat completions params: `instructions` as the system
 * message, then the stored conversation of `previous_response_id` (`history`), then `input` items: messages
 * (text and image parts), `function_call` (an assistant message's tool calls, consecutive calls joined) and
 * `function_call_output` (tool messages). Flat function tools become chat tools; other tool types are refused
 * by name. `text.format` is `response_format`, `reasoning.effort` is `reasoning_effort`, `max_output_tokens`
 * is `max_completion_tokens`. Fields a Workers AI model cannot use are named in `notes`.
 */
export function toChatParams(body: Body, history: readonly Message[] = []): ChatRequestOfResponse {
  const notes: string[] = [];
  for (const [field, why] of Object.entries(REFUSED_FIELDS))
    if (body[field] != null && body[field] !== false) throw refuse(why, field);
  const messages: Message[] = [];
  const sources: string[] = [];
  const push = (message: Message, source: string) => {
    messages.push(message);
    sources.push(source);
  };
  if (body.instructions) push({ role: "system", content: body.instructions }, "instructions");
  for (const message of history) push(message, "previous_response_id");
  if (typeof body.input === "string") push({ role: "user", content: body.input }, "input");
  else
    (body.input ?? []).forEach((item, i) => {
      pushItem(item, `input[${i}]`, messages, sources, notes);
    });
  if (messages.length === 0 || messages.every((m) => m.role === "system"))
    throw badRequest("input is required: a string or a list of input items.", "input");

  const params: ChatCompletionCreateParams = { model: body.model, messages };
  const namespaced = new Map<string, { namespace: string; name: string }>();
  const tools = toChatTools(body.tools, namespaced);
  if (namespaced.size) notes.push("namespace tools: each function sent to the model as <namespace>__<name>");
  if (tools.length) params.tools = tools;
  if (body.tool_choice != null) params.tool_choice = toChatToolChoice(body.tool_choice);
  if (body.parallel_tool_calls != null) params.parallel_tool_calls = body.parallel_tool_calls;
  const format = toResponseFormat(body.text?.format);
  if (format) params.response_format = format;
  if (body.text?.verbosity != null)
    notes.push(...ignoredFieldsNote(["text.verbosity"], "no Workers AI model takes it"));
  const effort = body.reasoning?.effort;
  if (effort === "xhigh") {
    params.reasoning_effort = "high";
    notes.push("reasoning.effort xhigh sent as high (the most Workers AI models take)");
  } else if (effort != null) params.reasoning_effort = effort;
  if (body.max_output_tokens != null) params.max_completion_tokens = body.max_output_tokens;
  if (body.temperature != null) params.temperature = body.temperature;
  if (body.top_p != null) params.top_p = body.top_p;
  if (body.user != null) params.user = body.user;
  const include = body.include ?? [];
  if (include.length) notes.push(`include not available from Workers AI models: ${include.join(", ")}`);
  notes.push(...ignoredFieldsNote(NOTED_FIELDS.filter((field) => body[field] != null)));
  return { params, notes, sources, namespaced };
}

function pushItem(item: ResponseInputItem, at: string, messages: Message[], sources: string[], notes: string[]): void {
  switch (item.type) {
    case "message": {
      const content = item.content;
      if (item.role === "user") {
        const user =
          typeof content === "string" ? content : content.map((part, j) => toUserPart(part, `${at}.content[${j}]`));
        messages.push({ role: "user", content: user });
      } else {
        const text =
          typeof content === "string"
            ? content
            : content.map((part, j) => toText(part, `${at}.content[${j}]`)).join("");
        messages.push({ role: item.role, content: text });
      }
      sources.push(at);
      return;
    }
    case "function_call": {
      const name = item.namespace ? namespacedName(item.namespace, item.name) : item.name;
      const call = { id: item.call_id, type: "function" as const, function: { name, arguments: item.arguments } };
      const last = messages.at(-1);
      // Parallel calls come as consecutive items: one assistant message, as chat completions has them.
      if (last?.role === "assistant" && sources.at(-1)?.startsWith("input["))
        last.tool_calls = [...(last.tool_calls ?? []), call];
      else {
        messages.push({ role: "assistant", content: null, tool_calls: [call] });
        sources.push(at);
      }
      return;
    }
    case "function_call_output": {
      const output = item.output;
      const text =
        typeof output === "string" ? output : output.map((part, j) => toText(part, `${at}.output[${j}]`)).join("");
      messages.push({ role: "tool", tool_call_id: item.call_id, content: text });
      sources.push(at);
      return;
    }
    case "reasoning":
      notes.push("reasoning items in input are not sent to the model (Workers AI takes no earlier reasoning)");
      return;
  }
}

function toUserPart(part: ResponseContentPart, at: string): ChatCompletionContentPart {
  if (part.type === "input_image") {
    if (!part.image_url)
      throw refuse(
        "input_image needs image_url (a URL or a data: URI): this gateway has no Files API for file_id.",
        `${at}.image_url`,
      );
    const detail = part.detail === "original" ? "high" : part.detail;
    return { type: "image_url", image_url: { url: part.image_url, ...(detail ? { detail } : {}) } };
  }
  return { type: "text", text: toText(part, at) };
}

function toText(part: ResponseContentPart, at: string): string {
  if (part.type === "input_text" || part.type === "output_text") return part.text;
  if (part.type === "refusal") return part.refusal;
  throw refuse(
    `\`${part.type}\` parts are not supported here: send text${part.type === "input_image" ? " (images go in user messages)" : ""}.`,
    `${at}.type`,
  );
}

function toChatTools(
  tools: ResponseCreateParams["tools"],
  namespaced: Map<string, { namespace: string; name: string }>,
): ChatCompletionTool[] {
  return (tools ?? []).flatMap((tool, i) => {
    if (tool.type !== "namespace") return [toChatTool(tool, `tools[${i}]`)];
    const namespace = tool.name;
    if (!namespace) throw badRequest("A namespace tool needs a name.", `tools[${i}].name`);
    return (tool.tools ?? []).map((inner, j) => {
      const chat = toChatTool(inner, `tools[${i}].tools[${j}]`);
      const name = namespacedName(namespace, chat.function.name);
      if (name.length > 64)
        throw badRequest(
          `\`${name}\` is longer than the 64 characters a function name may have.`,
          `tools[${i}].tools[${j}].name`,
        );
      namespaced.set(name, { namespace, name: chat.function.name });
      return { ...chat, function: { ...chat.function, name } };
    });
  });
}

interface ToolFields {
  type: string;
  name?: string;
  description?: string | null;
  parameters?: Record<string, unknown> | null;
  strict?: boolean | null;
}

function toChatTool(tool: ToolFields, at: string): ChatCompletionTool {
  if (tool.type !== "function")
    throw refuse(
      `Tool type \`${tool.type}\` is not supported: Workers AI models call function tools only (type "function" or a "namespace" of functions).`,
      `${at}.type`,
    );
  if (!tool.name) throw badRequest("A function tool needs a name.", `${at}.name`);
  const fn: ChatCompletionTool["function"] = { name: tool.name };
  if (tool.description != null) fn.description = tool.description;
  if (tool.parameters != null) fn.parameters = tool.parameters;
  if (tool.strict != null) fn.strict = tool.strict;
  return { type: "function", function: fn };
}

function toChatToolChoice(choice: NonNullable<ResponseCreateParams["tool_choice"]>): ChatCompletionToolChoiceOption {
  if (typeof choice === "string") return choice;
  if (choice.type !== "function")
    throw refuse(
      `tool_choice type \`${choice.type}\` is not supported: use "none", "auto", "required" or a function.`,
      "tool_choice.type",
    );
  const name = (choice as { name?: unknown }).name;
  if (typeof name !== "string")
    throw badRequest("tool_choice of type function needs the function's name.", "tool_choice.name");
  return { type: "function", function: { name } };
}

function toResponseFormat(format: NonNullable<ResponseCreateParams["text"]>["format"]): ResponseFormat | undefined {
  if (!format) return undefined;
  if (format.type !== "json_schema") return { type: format.type };
  const json_schema: Extract<ResponseFormat, { type: "json_schema" }>["json_schema"] = {
    name: format.name,
    schema: format.schema,
  };
  if (format.description != null) json_schema.description = format.description;
  if (format.strict != null) json_schema.strict = format.strict;
  return { type: "json_schema", json_schema };
}
