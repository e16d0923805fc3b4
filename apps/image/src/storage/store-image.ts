import { FORMAT_OF } from "../sniff-image-type.ts";
import type { GeneratedImage } from "../upstream/generated-image.ts";

export interface StoredImageMeta {
  model: string;
  prompt: string;
}

const EXTENSION = { png: "png", jpeg: "jpg", webp: "webp" } as const;

/**
 * Puts an image in R2 under an unguessable key (128 random bits, base64url, plus the extension) and returns the
 * key: the URL built on it is the capability to read the image. Stored with its content type, and as custom
 * metadata the model, the SHA-256 of the prompt (not the prompt itself) and the time.
 */
export async function storeImage(bucket: R2Bucket, image: GeneratedImage, meta: StoredImageMeta): Promise<string> {
  const key = `${randomId()}.${EXTENSION[FORMAT_OF[image.contentType]]}`;
  await bucket.put(key, image.bytes, {
    httpMetadata: { contentType: image.contentType },
    customMetadata: {
      model: meta.model,
      prompt_sha256: await sha256Hex(meta.prompt),
      created: new Date().toISOString(),
    },
  });
  return key;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
