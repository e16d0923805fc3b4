import { sseHeaders } from "@wai/core";

/** A streamed answer with the SSE headers. */
export function sseResponse(body: ReadableStream<Uint8Array>): Response {
  return new Response(body, { headers: sseHeaders });
}
