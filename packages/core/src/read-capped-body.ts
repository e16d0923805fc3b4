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
 *
 * A request that declares its length within the cap is read in one native `arrayBuffer()` (a JS reader loop
 * costs ≈ 80–100 µs more per request, bench/PROFILE.md item 1): workerd holds an incoming body to its declared
 * length, and the size is checked again after the read for a `Request` built in code with a header that lies.
 * A response keeps the counted loop: `fetch` decompresses, so its `content-length` says nothing of the size.
 */
export async function readCappedBytes(
  body: Request | Response,
  max: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  const declared = body.headers.get("content-length");
  const length = declared === null ? Number.NaN : Number(declared);
  if (length > max) {
    if (body instanceof Response) await body.body?.cancel(); // frees the connection; a request is left unread
    throw tooLarge();
  }
  if (!body.body) return new Uint8Array();
  if (Number.isSafeInteger(length) && !(body instanceof Response)) {
    const bytes = new Uint8Array(await body.arrayBuffer());
    if (bytes.byteLength > max) throw tooLarge();
    return bytes;
  }
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
