import type { Model } from "@wai/catalog";
import type { ChatChoice, ChatReplyMeta, CompletionUsage, GatewayRequest } from "@wai/core";
import type { Env } from "../env.ts";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import { ChatEventWriter } from "../stream/chat-event-writer.ts";
import { toChatEvents } from "../stream/to-chat-events.ts";
import { toGenerationDeltas } from "../stream/to-generation-deltas.ts";
import { applyStop } from "./apply-stop.ts";
import type { ChatEvent } from "./chat-event.ts";
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

/** A streamed chat answer, normalized. Errors before the first token are thrown (`ApiError`); later ones are `error` events. */
export interface ChatStreamResult {
  meta: ChatReplyMeta;
  model: Model;
  /** Estimated prompt tokens (the `usage` event at the end has upstream's count when it sent one). */
  promptTokens: number;
  events: ReadableStream<ChatEvent>;
  notes: string[];
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
 * Runs a chat request streamed (`params.stream` is ignored): `ChatEvent`s as upstream sends them, with the
 * same thinking split, stop sequences, finish reasons and usage as chat completions' stream. An answer that
 * could not be streamed upstream (JSON mode, models that do not stream) comes as the same events at once.
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
  const { model, plan, meta } = chat;
  const writer = new ChatEventWriter({ ...meta, ...plan });
  const common = { meta, model, promptTokens: plan.promptTokens, notes: chat.notes };
  if (chat.output instanceof ReadableStream) return { ...common, events: toChatEvents(chat.output, writer) };
  const generation = toGeneration(model, chat.output, plan.maxTokens); // the writer splits thinking and applies stop
  for (const delta of toGenerationDeltas(generation)) writer.write(delta);
  writer.end();
  const events = writer.take();
  return {
    ...common,
    events: new ReadableStream<ChatEvent>({
      start(controller) {
        for (const event of events) controller.enqueue(event);
        controller.close();
      },
    }),
  };
}
