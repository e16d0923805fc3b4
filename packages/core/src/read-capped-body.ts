import { ApiError } from "./api-error.ts";

/** 413 for a body over `max` bytes, in words that say what to do. */
export const bodyTooLarge = (max: number, advice = "Send a smaller request.") =>
  new ApiError({
    status: 413,
    code: "request_too_large",
    message: `The request body is larger than this endpoint accepts (${max} bytes). ${advice}`,
  });

/**
 * The body's bytes, refused with a 413 as soon as they exceed `max`: a declared `content-length` is checked
 * before reading, and a chunked body is counted while it streams, so a huge upload is never held in memory.
 */
export async function readCappedBody(request: Request, max: number, advice?: string): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) throw bodyTooLarge(max, advice);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw bodyTooLarge(max, advice);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
