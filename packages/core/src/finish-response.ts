import { CORS_HEADERS } from "./cors.ts";

const CORS = Object.entries(CORS_HEADERS);

/**
 * Adds CORS and the request id to a response. A response the worker built has mutable headers: they are set in
 * place (re-wrapping every response cost ≈ 30 µs, bench/PROFILE.md item 4). A response from `fetch` or a
 * service binding has immutable headers (setting one throws before anything changes), so it is re-wrapped; the
 * body is passed along as a stream, never read.
 */
export function finishResponse(response: Response, requestId: string): Response {
  if (response.status === 101) return response;
  try {
    addHeaders(response.headers, requestId);
    return response;
  } catch {
    const out = new Response(response.body, response);
    addHeaders(out.headers, requestId);
    return out;
  }
}

function addHeaders(headers: Headers, requestId: string): void {
  for (const [name, value] of CORS) headers.set(name, value);
  if (!headers.has("x-request-id")) headers.set("x-request-id", requestId);
}
