import type { Model } from "@wai/catalog";
import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";
import {
  aiClientFor,
  type GatewayRequest,
  modelsFor,
  newChatCompletionId,
  parseInput,
  readJson,
  serveWithFallbacks,
  toChatCompletion,
  withGatewayNotes,
} from "@wai/core";
import { applyStop } from "../chat/apply-stop.ts";
import { checkChatCapabilities } from "../chat/check-chat-capabilities.ts";
import { checkUnsupportedFields } from "../chat/check-unsupported-fields.ts";
import { handToImage } from "../chat/hand-to-image.ts";
import { planChat } from "../chat/plan-chat.ts";
import { runWithJsonFallback } from "../chat/run-with-json-fallback.ts";
import { splitThinking } from "../chat/split-thinking.ts";
import { toChatInputs } from "../chat/to-chat-inputs.ts";
import { toGeneration } from "../chat/to-generation.ts";
import { legacyToolNotes } from "../chat/to-legacy-tools.ts";
import { toSamplingParams } from "../chat/to-sampling-params.ts";
import { usageOf } from "../chat/usage-of.ts";
import type { Env } from "../env.ts";
import { resolveImageUrls } from "../images/resolve-image-urls.ts";
import { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import { ChatStreamWriter } from "../stream/chat-stream-writer.ts";
import { generationToStream } from "../stream/generation-to-stream.ts";
import { sseResponse } from "../stream/sse-response.ts";
import { toSseStream } from "../stream/to-sse-stream.ts";

/** The chat route's models: text generation (and llava for images); unlisted ids pass through as chat. */
export const CHAT_ROUTE = {
  catalog: CHAT_EMBED_CATALOG,
  worker: "chat-embed",
  task: ["text-generation", "image-to-text"],
  passThrough: "text-generation",
} as const;

/**
 * `POST /v1/chat/completions`, streamed or not, on any text model of the catalog (and llava for images), a
 * retired one's successor, an unlisted `@cf/`/`@hf/` id, down the `MODEL_FALLBACKS` ladder; a text-to-image
 * model's chat is handed to the image worker (`handToImage`). The reply's `model`
 * is the Workers AI id that served it.
 */
export async function createChatCompletion(request: GatewayRequest, env: Env): Promise<Response> {
  const json = await readJson(request);
  const handed = await handToImage(json, request, env);
  if (handed) return handed;
  const body = parseInput(ChatCompletionCreateParams, json);
  const resolved = modelsFor(body.model, env, CHAT_ROUTE);
  checkUnsupportedFields(body);
  const messages = await resolveImageUrls(body.messages);
  const ai = aiClientFor(request, env);
  const attempt = async (model: Model) => {
    checkChatCapabilities(model, body);
    const { params, notes } = toSamplingParams(model, { ...body, messages });
    if (model.input === "prompt-messages" || model.input === "prompt-messages-parts")
      notes.push(...legacyToolNotes(params.tools));
    const plan = planChat(model, params);
    const inputsFor = (stream: boolean) => toChatInputs(model, params, { maxTokens: plan.maxTokens, stream });
    const output = await runWithJsonFallback(ai, model.id, inputsFor, plan.upstreamStream, notes);
    return { params, notes, plan, output };
  };
  const served = await serveWithFallbacks(resolved, attempt);
  const { model } = served;
  const { params, plan, output } = served.value;
  const notes = [...served.notes, ...served.value.notes];
  const meta = { id: newChatCompletionId(), created: Math.floor(Date.now() / 1000), model: model.id, ...plan };
  if (!params.stream) {
    const generation = applyStop(splitThinking(toGeneration(model, output, plan.maxTokens), plan.thinkTags), plan.stop);
    const completion = toChatCompletion(meta, generation.choices, usageOf(generation, plan.promptTokens));
    return withGatewayNotes(Response.json(completion), notes);
  }
  const writer = new ChatStreamWriter({ ...meta, includeUsage: Boolean(params.stream_options?.include_usage) });
  if (output instanceof ReadableStream) return withGatewayNotes(sseResponse(toSseStream(output, writer)), notes);
  const generation = toGeneration(model, output, plan.maxTokens); // the writer splits thinking and applies stop
  return withGatewayNotes(sseResponse(generationToStream(generation, writer)), notes);
}
