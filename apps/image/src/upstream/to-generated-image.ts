import { ApiError, fromBase64 } from "@wai/core";
import { sniffImageType } from "../sniff-image-type.ts";
import type { GeneratedImage } from "./generated-image.ts";

/**
 * Workers AI's two image output kinds as one: the SD family (and phoenix) answer with the image bytes, which the
 * binding hands over as a `ReadableStream` (REST: the raw body); flux-1-schnell, lucid-origin and FLUX.2 answer
 * `{image: "<base64>"}` (a JPEG for flux-1-schnell). The media type is sniffed from the bytes either way.
 */
export async function toGeneratedImage(output: unknown, model: string): Promise<GeneratedImage> {
  if (output && typeof output === "object" && "image" in output && typeof output.image === "string") {
    const bytes = fromBase64(output.image);
    if (!bytes) throw unreadable(model, "its `image` field is not base64");
    return { bytes, contentType: typeOf(bytes, model), base64: output.image.replace(/\s+/g, "") };
  }
  const bytes = await bytesOf(output);
  if (!bytes) throw unreadable(model, "it is neither image bytes nor `{image: base64}`");
  return { bytes, contentType: typeOf(bytes, model) };
}

async function bytesOf(output: unknown): Promise<Uint8Array | undefined> {
  if (output instanceof Uint8Array) return output;
  if (output instanceof ArrayBuffer) return new Uint8Array(output);
  if (output instanceof ReadableStream || output instanceof Response) {
    return new Uint8Array(await new Response(output instanceof Response ? output.body : output).arrayBuffer());
  }
  return undefined;
}

function typeOf(bytes: Uint8Array, model: string) {
  const type = sniffImageType(bytes);
  if (!type) throw unreadable(model, "its bytes are not a PNG, JPEG or WebP image");
  return type;
}

function unreadable(model: string, why: string): ApiError {
  return new ApiError({
    status: 502,
    type: "upstream_error",
    code: "upstream_error",
    message: `Workers AI answered \`${model}\` with an output this gateway cannot read: ${why}.`,
  });
}
