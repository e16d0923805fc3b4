import { type GatewayRequest, parseInput, readJson, toChatCompletion, withGatewayNotes } from "@wai/core";
import { handToImage } from "../chat/hand-to-image.ts";
import { runChat } from "../chat/run-chat.ts";
import { startChat } from "../chat/start-chat.ts";
import type { Env } from "../env.ts";
import { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import { isCommonChatParams } from "../schemas/is-common-chat-params.ts";
import { ChatStreamWriter } from "../stream/chat-stream-writer.ts";
import { sseResponse } from "../stream/sse-response.ts";
import { streamChat } from "../stream/stream-chat.ts";

/**
 * `POST /v1/chat/completions`, streamed or not, on any text model of the catalog (and llava for images), a
 * retired one's successor, an unlisted `@cf/`/`@hf/` id, down the `MODEL_FALLBACKS` ladder (all in `startChat`).
 * A text-to-image model's chat is handed to the image worker (`handToImage`). The reply's `model` is the
 * Workers AI id that served it.
 */
export async function createChatCompletion(request: GatewayRequest, env: Env): Promise<Response> {
  const json = await readJson(request);
  const handed = await handToImage(json, request, env);
  if (handed) return handed;
  const body = parseInput(ChatCompletionCreateParams, json, isCommonChatParams);
  if (!body.stream) {
    const { meta, choices, usage, notes } = await runChat(request, env, body);
    return withGatewayNotes(Response.json(toChatCompletion(meta, choices, usage)), notes);
  }
  // Streamed with the client's own `stream_options` upstream (`runChatStream` asks for usage always).
  const { model, meta, plan, params, notes, output } = await startChat(request, env, body);
  const writer = new ChatStreamWriter({ ...meta, includeUsage: Boolean(params.stream_options?.include_usage) });
  return withGatewayNotes(sseResponse(streamChat(output, model, plan, writer)), notes);
}
