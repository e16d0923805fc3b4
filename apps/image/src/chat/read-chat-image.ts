import { badRequest } from "@wai/core";
import type { ImageStore } from "../deliver-images.ts";
import { FILE_KEY } from "../storage/file-key.ts";
import { toUploadBytes } from "../uploads/to-upload-bytes.ts";

const SOURCE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

/**
 * The bytes of a chat message's image: a base64 data URI, or an image this worker stored (a URL on its public
 * base or on the origin the request came in on, read from R2, so a chat UI can re-send an earlier answer). Any other URL is refused: nothing is
 * fetched from another host on a client's behalf.
 */
export async function readChatImage(
  url: string,
  param: string,
  { bucket, baseUrl }: Pick<ImageStore, "bucket" | "baseUrl">,
  requestOrigin: string,
): Promise<Uint8Array> {
  const base = [baseUrl, requestOrigin].find((b) => url.startsWith(`${b}/file/`));
  const key = base === undefined ? undefined : url.slice(base.length + "/file/".length);
  if (key === undefined) return toUploadBytes(url, param, SOURCE_TYPES, "The message's image");
  const object = FILE_KEY.test(key) ? await bucket.get(key) : null;
  if (!object)
    throw badRequest("The message's image URL names no image stored by this gateway.", param, "file_not_found");
  return new Uint8Array(await object.arrayBuffer());
}
