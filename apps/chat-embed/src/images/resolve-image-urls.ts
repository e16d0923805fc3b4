import type { ChatCompletionMessageParam } from "../schemas/chat-completion-create-params.ts";
import { fetchImageAsDataUri } from "./fetch-image-as-data-uri.ts";

/** 10 MB and 10 s per image; at most 4 images fetched at once. */
export const IMAGE_LIMITS = { maxBytes: 10 * 1024 * 1024, timeoutMs: 10_000 };

/**
 * The messages with every http(s) `image_url` replaced by a `data:` URI (Workers AI takes no URLs). Messages
 * without such images are returned as they are, without copying.
 */
export async function resolveImageUrls(
  messages: ChatCompletionMessageParam[],
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): Promise<ChatCompletionMessageParam[]> {
  const jobs: Promise<void>[] = [];
  const out = messages.map((message, i) => {
    if (message.role !== "user" || typeof message.content === "string") return message;
    if (!message.content.some((p) => p.type === "image_url" && !p.image_url.url.startsWith("data:"))) return message;
    const content = message.content.map((part, j) => {
      if (part.type !== "image_url" || part.image_url.url.startsWith("data:")) return part;
      const copy = { ...part, image_url: { ...part.image_url } };
      const param = `messages.${i}.content.${j}.image_url.url`;
      jobs.push(
        fetchImageAsDataUri(part.image_url.url, { fetch: fetcher, ...IMAGE_LIMITS, param }).then((uri) => {
          copy.image_url.url = uri;
        }),
      );
      return copy;
    });
    return { ...message, content };
  });
  await Promise.all(jobs);
  return out;
}
