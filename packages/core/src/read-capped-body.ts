import { ApiError } from "./api-error.ts";

/** 413 for a body over `max` bytes, in words that say what to do. */
export const bodyTooLarge = (max: number, advice = "Send a smaller request.") =>
  new ApiError({
    status: 413,
    code: "request_too_large",
    message: `The request body is larger than this endpoint accepts (${max} bytes). ${advice}`,
  });

/**
 * A request's bytes, refused with a 413 as soon as they exceed `max` (see `readCappedBytes`).
 */
export function readCappedBody(request: Request, max: number, advice?: string): Promise<Uint8Array> {
  return readCappedBytes(request, max, () => bodyTooLarge(max, advice));
}

/**
 * The bytes of a request or response body, refused with `tooLarge()` as soon as they exceed `max`: a declared
 * `content-length` is checked before reading, and a chunked body is counted while it streams, so a huge body is
 * never held in memory.
 */
export async function readCappedBytes(
  body: Request | Response,
  max: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  if (Number(body.headers.get("content-length") ?? "0") > max) {
    if (body instanceof Response) await body.body?.cancel(); // frees the connection; a request is left unread
    throw tooLarge();
  }
  if (!body.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
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
