import { drawRandom, sha256Hex } from "@wai/core";
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

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** 128 random bits as 22 base64url characters (the last one carries 2 bits: one of A, Q, g, w). */
export function randomId(): string {
  const bytes = drawRandom(16);
  let out = "";
  for (let i = 0; i < 15; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += `${BASE64URL[n >>> 18]}${BASE64URL[(n >>> 12) & 63]}${BASE64URL[(n >>> 6) & 63]}${BASE64URL[n & 63]}`;
  }
  const last = bytes[15] as number;
  return `${out}${BASE64URL[last >>> 2]}${BASE64URL[(last & 3) << 4]}`;
}
