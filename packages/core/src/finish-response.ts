import { CORS_HEADERS } from "./cors.ts";

/**
 * Adds CORS and the request id to a response. A response from `fetch` or a service binding has immutable
 * headers, so it is re-wrapped; the body is passed along as a stream, never read.
 */
export function finishResponse(response: Response, requestId: string): Response {
  if (response.status === 101) return response;
  const out = new Response(response.body, response);
  for (const [name, value] of Object.entries(CORS_HEADERS)) out.headers.set(name, value);
  if (!out.headers.has("x-request-id")) out.headers.set("x-request-id", requestId);
  return out;
}
