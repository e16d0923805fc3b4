import { aliasesFromEnv, requireModel } from "@wai/catalog";
import { aiClientFor, type GatewayRequest, parseInput, readJson } from "@wai/core";
import { applyStop } from "../chat/apply-stop.ts";
import { checkChatCapabilities } from "../chat/check-chat-capabilities.ts";
import { checkUnsupportedFields } from "../chat/check-unsupported-fields.ts";
import { planChat } from "../chat/plan-chat.ts";
import { splitThinking } from "../chat/split-thinking.ts";
import { toChatCompletion } from "../chat/to-chat-completion.ts";
import { toChatInputs } from "../chat/to-chat-inputs.ts";
import { toGeneration } from "../chat/to-generation.ts";
import type { Env } from "../env.ts";
import { asRunInputs } from "../upstream-inputs.ts";
import { resolveImageUrls } from "../images/resolve-image-urls.ts";
import { newId } from "../new-id.ts";
import { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import { ChatStreamWriter } from "../stream/chat-stream-writer.ts";
import { generationToStream } from "../stream/generation-to-stream.ts";
import { sseResponse } from "../stream/sse-response.ts";
import { toSseStream } from "../stream/to-sse-stream.ts";

/** `POST /v1/chat/completions`, streamed or not, on any text model of the catalog (and llava for images). */
export async function createChatCompletion(request: GatewayRequest, env: Env): Promise<Response> {
  const body = parseInput(ChatCompletionCreateParams, await readJson(request));
  const model = requireModel(body.model, {
    aliases: aliasesFromEnv(env),
    worker: "chat-embed",
    task: ["text-generation", "image-to-text"],
  });
  checkUnsupportedFields(body);
  checkChatCapabilities(model, body);
  const params = { ...body, messages: await resolveImageUrls(body.messages) };
  const plan = planChat(model, params);
  const inputs = toChatInputs(model, params, { maxTokens: plan.maxTokens, stream: plan.upstreamStream });
  const output = await aiClientFor(request, env).run(model.id, asRunInputs(inputs));
  const meta = { id: newId("chatcmpl-"), created: Math.floor(Date.now() / 1000), model: params.model, ...plan };
  if (!params.stream) {
    const generation = applyStop(splitThinking(toGeneration(model, output, plan.maxTokens), plan.thinkTags), plan.stop);
    return Response.json(toChatCompletion(generation, meta));
  }
  const writer = new ChatStreamWriter({ ...meta, includeUsage: Boolean(params.stream_options?.include_usage) });
  if (output instanceof ReadableStream) return sseResponse(toSseStream(output, writer));
  return sseResponse(generationToStream(toGeneration(model, output, plan.maxTokens), writer)); // the writer splits thinking and applies stop
}
