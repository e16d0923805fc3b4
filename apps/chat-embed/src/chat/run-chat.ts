import type { Model } from "@wai/catalog";
import type { ChatChoice, ChatReplyMeta, CompletionUsage, GatewayRequest } from "@wai/core";
import type { Env } from "../env.ts";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import type { ChatSink } from "../stream/chat-sink.ts";
import { streamChat } from "../stream/stream-chat.ts";
import { applyStop } from "./apply-stop.ts";
import { splitThinking } from "./split-thinking.ts";
import { startChat } from "./start-chat.ts";
import { toGeneration } from "./to-generation.ts";
import { usageOf } from "./usage-of.ts";

/** A finished chat answer, normalized: what `chat.completion`, a Responses `response` and a Messages `message` are written from. */
export interface ChatResult {
  meta: ChatReplyMeta;
  model: Model;
  choices: ChatChoice[];
  usage: CompletionUsage;
  /** Documented mappings for `x-gateway-notes`. */
  notes: string[];
}

/** A streamed chat answer, started. Errors before the first token are thrown (`ApiError`); later ones end the stream. */
export interface ChatStreamResult {
  meta: ChatReplyMeta;
  model: Model;
  /** Estimated prompt tokens (the usage at the end has upstream's count when it sent one). */
  promptTokens: number;
  notes: string[];
  /**
   * The answer as the protocol's SSE body: the engine hands every piece to `sink` as it comes from upstream
   * (one stream over the upstream, no event stream in between). `settle` runs once the answer has ended.
   * Call once.
   */
  stream(sink: ChatSink, settle?: () => Promise<void>): ReadableStream<Uint8Array>;
}

/**
 * Runs a chat request to its end (`params.stream` is ignored): thinking split out, stop sequences applied,
 * usage from upstream or estimated. The one entry every chat protocol calls.
 */
export async function runChat(
  request: GatewayRequest,
  env: Env,
  params: ChatCompletionCreateParams,
): Promise<ChatResult> {
  const chat = await startChat(request, env, params.stream ? { ...params, stream: false } : params);
  const { model, plan } = chat;
  const generation = applyStop(
    splitThinking(toGeneration(model, chat.output, plan.maxTokens), plan.thinkTags),
    plan.stop,
  );
  return {
    meta: chat.meta,
    model,
    choices: generation.choices,
    usage: usageOf(generation, plan.promptTokens),
    notes: chat.notes,
  };
}

/**
 * Runs a chat request streamed (`params.stream` is ignored), for the protocols that write their own events
 * (Responses, Messages): the same thinking split, stop sequences, finish reasons and usage as chat
 * completions' stream, upstream's usage asked for. An answer that could not be streamed upstream (JSON mode,
 * models that do not stream) comes through the same sink at once.
 */
export async function runChatStream(
  request: GatewayRequest,
  env: Env,
  params: ChatCompletionCreateParams,
): Promise<ChatStreamResult> {
  const chat = await startChat(request, env, {
    ...params,
    stream: true,
    stream_options: { include_usage: true }, // upstream usage, where the model reports it
  });
  const { model, plan, meta, output } = chat;
  return {
    meta,
    model,
    promptTokens: plan.promptTokens,
    notes: chat.notes,
    stream: (sink, settle) => streamChat(output, model, plan, sink, settle),
  };
}
