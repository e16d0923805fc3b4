import { ApiError, badRequest, fromBase64 } from "@wai/core";
import { MAX_UPLOAD_BYTES } from "../limits.ts";
import { type ImageMediaType, sniffImageType } from "../sniff-image-type.ts";

const DATA_URI = /^data:([^;,]*)(;[^,]*)?,/;

/**
 * An uploaded image's bytes, from a multipart file or from text (a `data:` URI or bare base64). A URL is refused:
 * this gateway never fetches anything from another host for a client. Too large is a 413, not an image a 400,
 * each naming the field; only the bytes decide what an image is, never its label.
 */
export async function toUploadBytes(
  value: unknown,
  param: string,
  allowed: readonly ImageMediaType[],
  label = `'${param}'`,
): Promise<Uint8Array> {
  const bytes = value instanceof Blob ? await blobBytes(value, param, label) : textBytes(value, param, label);
  const type = sniffImageType(bytes);
  if (!type || !allowed.includes(type)) {
    const names = allowed.map((t) => t.slice("image/".length).toUpperCase()).join(", ");
    throw badRequest(`${label} is not a ${names} image.`, param, "invalid_image_format");
  }
  return bytes;
}

async function blobBytes(blob: Blob, param: string, label: string): Promise<Uint8Array> {
  if (blob.size > MAX_UPLOAD_BYTES) throw tooLarge(param, label, blob.size);
  return new Uint8Array(await blob.arrayBuffer());
}

function textBytes(value: unknown, param: string, label: string): Uint8Array {
  if (typeof value !== "string" || value === "") {
    throw badRequest(`${label} must be an image file, a data URI or base64 text.`, param);
  }
  if (/^https?:\/\//i.test(value)) {
    throw badRequest(
      `${label} is a URL; this gateway does not fetch images from other hosts. Send the image itself, as a file or a base64 data URI.`,
      param,
      "image_url_not_supported",
    );
  }
  const match = DATA_URI.exec(value);
  if (value.startsWith("data:") && !match?.[2]?.includes("base64")) {
    throw badRequest(`${label} must be a base64 data URI (\`data:image/png;base64,...\`).`, param);
  }
  const text = match ? value.slice(match[0].length) : value;
  if (text.length > Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4)
    throw tooLarge(param, label, Math.floor((text.length * 3) / 4));
  const bytes = fromBase64(text);
  if (!bytes) throw badRequest(`${label} is not valid base64.`, param);
  return bytes;
}

function tooLarge(param: string, label: string, size: number): ApiError {
  return new ApiError({
    status: 413,
    code: "file_too_large",
    param,
    message: `${label} is ${size} bytes; images up to ${MAX_UPLOAD_BYTES} bytes (4 MiB) are accepted.`,
  });
}
