import type { Model } from "@wai/catalog";
import { toBase64 } from "@wai/core";
import { imageUrl } from "./storage/image-url.ts";
import { storeImage } from "./storage/store-image.ts";
import type { GeneratedImage } from "./upstream/generated-image.ts";

/** One entry of `ImagesResponse.data`. */
export type ImageData = { url: string } | { b64_json: string };

/** Where `url` images go: the bucket, and the base of their public URLs (both read before generating). */
export interface ImageStore {
  bucket: R2Bucket;
  baseUrl: string;
  model: Model;
  prompt: string;
}

/**
 * Each image as the client asked: with a store, `url` (stored in R2 and served back by this worker at
 * `/file/<key>`); without, `b64_json` inline (flux's base64 passed through, other bytes encoded once).
 */
export function deliverImages(images: GeneratedImage[], store: ImageStore | undefined): Promise<ImageData[]> {
  return Promise.all(
    images.map(async (image): Promise<ImageData> => {
      if (!store) return { b64_json: image.base64 ?? toBase64(image.bytes) };
      return { url: await storedUrl(image, store) };
    }),
  );
}

/** Stores one image and returns its public URL. */
export async function storedUrl(
  image: GeneratedImage,
  { bucket, baseUrl, model, prompt }: ImageStore,
): Promise<string> {
  return imageUrl(baseUrl, await storeImage(bucket, image, { model: model.id, prompt }));
}
