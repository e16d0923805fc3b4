import type { Model } from "@wai/catalog";
import { toBase64 } from "./base64.ts";
import type { Env } from "./env.ts";
import { imageUrl } from "./storage/image-url.ts";
import { storeImage } from "./storage/store-image.ts";
import type { GeneratedImage } from "./upstream/generated-image.ts";

/** One entry of `ImagesResponse.data`. */
export type ImageData = { url: string } | { b64_json: string };

export interface DeliverContext {
  env: Env;
  /** From `publicBaseUrl`, read before generating. */
  baseUrl: string;
  model: Model;
  prompt: string;
}

/**
 * Each image as the client asked: `b64_json` inline (flux's base64 passed through, bytes encoded once), or
 * `url`, stored in R2 first and served back by this worker at `/file/<key>`.
 */
export function deliverImages(
  images: GeneratedImage[],
  format: "url" | "b64_json",
  ctx: DeliverContext,
): Promise<ImageData[]> {
  return Promise.all(
    images.map(async (image): Promise<ImageData> => {
      if (format === "b64_json") return { b64_json: image.base64 ?? toBase64(image.bytes) };
      return { url: await storedUrl(image, ctx) };
    }),
  );
}

/** Stores one image and returns its public URL. */
export async function storedUrl(image: GeneratedImage, { env, baseUrl, model, prompt }: DeliverContext): Promise<string> {
  return imageUrl(baseUrl, await storeImage(env.IMAGES, image, { model: model.id, prompt }));
}
