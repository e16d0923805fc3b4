import type { CompletionUsage, FinishReason } from "@wai/core";
import type { ResponseCreateParams } from "../schemas/response-create-params.ts";

/** An output item as OpenAI's Responses API writes it (the three kinds a chat model produces). */
export type ResponseOutputItem =
  | {
      id: string;
      type: "message";
      status: "in_progress" | "completed" | "incomplete";
      role: "assistant";
      content: OutputText[];
    }
  | {
      id: string;
      type: "function_call";
      status: "in_progress" | "completed" | "incomplete";
      call_id: string;
      name: string;
      /** For a function of a `namespace` tool. */
      namespace?: string;
      arguments: string;
    }
  | {
      id: string;
      type: "reasoning";
      summary: { type: "summary_text"; text: string }[];
      content?: { type: "reasoning_text"; text: string }[];
    };

export interface OutputText {
  type: "output_text";
  text: string;
  annotations: [];
  logprobs: [];
}

export interface ResponseUsage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

export type ResponseStatus = "in_progress" | "completed" | "incomplete" | "failed";

/** What every object of one response repeats: its id, creation time, model, and the request's echoed settings. */
export interface ResponseHead {
  id: string;
  createdAt: number;
  /** The Workers AI id that served the request. */
  model: string;
  body: ResponseCreateParams;
  store: boolean;
  /** `reasoning.summary` was asked: the model's reasoning is given as its summary too. */
  summary: boolean;
  /** Chat names of namespaced functions (`toChatParams`), written back as `name` and `namespace`. */
  namespaced?: ReadonlyMap<string, { namespace: string; name: string }>;
}

/** A called function's name as the client declared it: a namespaced one as its `name` and `namespace`. */
export function toCallName(
  chatName: string,
  namespaced: ResponseHead["namespaced"],
): { name: string; namespace?: string } {
  return namespaced?.get(chatName) ?? { name: chatName };
}

export interface ResponseState {
  status: ResponseStatus;
  output: ResponseOutputItem[];
  usage: ResponseUsage | null;
  error?: { code: string; message: string } | null;
  incompleteDetails?: { reason: "max_output_tokens" | "content_filter" } | null;
}

/** OpenAI's `response` object (`object: "response"`), every required key present, the request's settings echoed. */
export function toResponseObject(head: ResponseHead, state: ResponseState): Record<string, unknown> {
  const { body } = head;
  return {
    id: head.id,
    object: "response",
    created_at: head.createdAt,
    status: state.status,
    background: false,
    error: state.error ?? null,
    incomplete_details: state.incompleteDetails ?? null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    max_tool_calls: null,
    model: head.model,
    output: state.output,
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    reasoning: { effort: body.reasoning?.effort ?? null, summary: body.reasoning?.summary ?? null },
    service_tier: "default",
    store: head.store,
    temperature: body.temperature ?? 1,
    text: { format: body.text?.format ?? { type: "text" }, verbosity: body.text?.verbosity ?? "medium" },
    tool_choice: body.tool_choice ?? "auto",
    tools: (body.tools ?? []).map((tool) => ({ parameters: null, strict: null, description: null, ...tool })),
    top_p: body.top_p ?? 1,
    truncation: "disabled",
    usage: state.usage,
    user: body.user ?? null,
    metadata: body.metadata ?? {},
  };
}

/** Chat usage in the Responses API's names. */
export function toResponseUsage(usage: CompletionUsage): ResponseUsage {
  return {
    input_tokens: usage.prompt_tokens,
    input_tokens_details: { cached_tokens: usage.prompt_tokens_details?.cached_tokens ?? 0 },
    output_tokens: usage.completion_tokens,
    output_tokens_details: { reasoning_tokens: usage.completion_tokens_details?.reasoning_tokens ?? 0 },
    total_tokens: usage.total_tokens,
  };
}

/** `completed`, or `incomplete` with its reason when the answer was cut by the token limit or a filter. */
export function toResponseStatus(
  finish: FinishReason | undefined,
): Pick<ResponseState, "status" | "incompleteDetails"> {
  if (finish === "length") return { status: "incomplete", incompleteDetails: { reason: "max_output_tokens" } };
  if (finish === "content_filter") return { status: "incomplete", incompleteDetails: { reason: "content_filter" } };
  return { status: "completed", incompleteDetails: null };
}

export const outputText = (text: string): OutputText => ({ type: "output_text", text, annotations: [], logprobs: [] });

/** A reasoning item: the text as `reasoning_text` content, and as its summary when one was asked. */
export function reasoningItem(id: string, text: string, summary: boolean): ResponseOutputItem {
  return {
    id,
    type: "reasoning",
    summary: summary ? [{ type: "summary_text", text }] : [],
    content: [{ type: "reasoning_text", text }],
  };
}
