import { badRequest } from "@wai/core";
import type { ChatCompletionMessageParam } from "../schemas/chat-completion-create-params.ts";
import { checkDataUriImage } from "./check-data-uri-image.ts";
import { fetchImageAsDataUri } from "./fetch-image-as-data-uri.ts";

/** 5 MB and 10 s per image. */
export const IMAGE_LIMITS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000 };
/** Image URLs fetched per request: with their base64 copies, 4 × 5 MB stays well inside a Worker's 128 MB. */
export const MAX_IMAGE_URLS = 4;

/**
 * The messages with every http(s) `image_url` replaced by a `data:` URI (Workers AI takes no URLs). Messages
 * without such images are returned as they are, without copying. Too many URLs is a 400 before any fetch, and
 * so is a `data:` URI that holds no image (checked by its magic bytes).
 */
export async function resolveImageUrls(
  messages: ChatCompletionMessageParam[],
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): Promise<ChatCompletionMessageParam[]> {
  messages.forEach((message, i) => {
    if (message.role !== "user" || typeof message.content === "string") return;
    message.content.forEach((part, j) => {
      if (part.type === "image_url" && part.image_url.url.startsWith("data:"))
        checkDataUriImage(part.image_url.url, `messages.${i}.content.${j}.image_url.url`);
    });
  });
  const jobs: (() => Promise<void>)[] = [];
  const out = messages.map((message, i) => {
    if (message.role !== "user" || typeof message.content === "string") return message;
    if (!message.content.some((p) => p.type === "image_url" && !p.image_url.url.startsWith("data:"))) return message;
    const content = message.content.map((part, j) => {
      if (part.type !== "image_url" || part.image_url.url.startsWith("data:")) return part;
      const copy = { ...part, image_url: { ...part.image_url } };
      const param = `messages.${i}.content.${j}.image_url.url`;
      jobs.push(async () => {
        copy.image_url.url = await fetchImageAsDataUri(part.image_url.url, { fetch: fetcher, ...IMAGE_LIMITS, param });
      });
      return copy;
    });
    return { ...message, content };
  });
  if (jobs.length > MAX_IMAGE_URLS)
    throw badRequest(
      `At most ${MAX_IMAGE_URLS} image URLs are fetched per request: send the others as base64 data: URIs.`,
      "messages",
    );
  await Promise.all(jobs.map((job) => job()));
  return out;
}
