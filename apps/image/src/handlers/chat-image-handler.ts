import {
  aiClientFor,
  type GatewayRequest,
  ignoredFieldsNote,
  parseInput,
  readJson,
  serveWithFallbacks,
  setFields,
  sseHeaders,
  toChatCompletion,
  withGatewayNotes,
} from "@wai/core";
import { readChatImage } from "../chat/read-chat-image.ts";
import { readChatPrompt } from "../chat/read-chat-prompt.ts";
import { SAMPLING_FIELDS } from "../chat/sampling-fields.ts";
import { toChatAnswer } from "../chat/to-chat-answer.ts";
import { toChatChunks } from "../chat/to-chat-chunks.ts";
import { toMarkdownImage } from "../chat/to-markdown-image.ts";
import { storedUrl } from "../deliver-images.ts";
import type { Env } from "../env.ts";
import { planImages } from "../plan-images.ts";
import { resolveImageModel } from "../resolve-image-model.ts";
import { ChatImageParams } from "../schemas/chat-image-params.ts";
import { imageBucket } from "../storage/image-bucket.ts";
import { publicBaseUrl } from "../storage/image-url.ts";
import { checkBodySize } from "../uploads/check-body-size.ts";
import { generateImages } from "../upstream/generate-images.ts";

/**
 * `POST /v1/chat/completions` for image models (the router sends text-to-image models here): for gateways
 * that only speak chat. The image is made and stored before the answer starts, so a failure keeps its status
 * (a 429 is retried by OneAPI); the answer is a markdown image with a short stored URL, streamed or not.
 */
export async function chatImageHandler(request: GatewayRequest, env: Env): Promise<Response> {
  checkBodySize(request);
  const params = parseInput(ChatImageParams, await readJson(request));
  const resolved = resolveImageModel(params.model, env);
  const { prompt, imageUrl, imageParam } = readChatPrompt(params.messages);
  const primary = resolved.models[0];
  const storeFor = (model: typeof primary) => ({
    bucket: imageBucket(env),
    baseUrl: publicBaseUrl(request, env.PUBLIC_BASE_URL),
    model,
    prompt,
  });
  const origin = new URL(request.url).origin;
  const image = imageUrl ? await readChatImage(imageUrl, imageParam, storeFor(primary), origin) : undefined;
  const { n, size, quality, steps, negative_prompt, seed, guidance, strength } = params;
  const req = { n: n ?? 1, size, quality, steps, negative_prompt, seed, guidance, strength, prompt, image };
  const ai = aiClientFor(request, env);
  const served = await serveWithFallbacks(resolved, async (model) => {
    const planned = planImages(model, { ...req, promptParam: "messages", imageParam: imageParam || "messages" });
    return { images: await generateImages(ai, model, planned.inputs, image !== undefined), notes: planned.notes };
  });
  const { model } = served;
  const { images } = served.value;
  const notes = [...served.notes, ...served.value.notes];
  const store = storeFor(model);
  const contents = await Promise.all(images.map(async (img) => toMarkdownImage(await storedUrl(img, store), prompt)));
  notes.push(
    ...ignoredFieldsNote(
      setFields(params, (key) => SAMPLING_FIELDS.has(key)),
      "image models do not sample text",
    ),
  );
  const answer = toChatAnswer(model.id, prompt, contents);
  if (!params.stream) {
    const completion = toChatCompletion(answer.meta, answer.choices, answer.usage);
    return withGatewayNotes(Response.json(completion), notes);
  }
  const stream = toChatChunks(answer, params.stream_options?.include_usage === true);
  return withGatewayNotes(new Response(stream, { headers: sseHeaders }), notes);
}
