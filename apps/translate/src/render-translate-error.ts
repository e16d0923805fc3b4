import { type ApiError, toErrorResponse } from "@wai/core";

/**
 * Errors in the protocol of the route: DeepLX clients read `{code, message}` with the HTTP status in `code`;
 * DeepL clients read `{message}` and DeepL answers a bad key with 403; the OpenAI routes (`/v1/models`) keep
 * OpenAI's envelope.
 */
export function renderTranslateError(error: ApiError, request: Request): Response {
  const path = new URL(request.url).pathname;
  const headers = new Headers(error.headers);
  headers.set("content-type", "application/json");
  if (path.startsWith("/v2/")) {
    const status = error.status === 401 ? 403 : error.status;
    return new Response(JSON.stringify({ message: error.message }), { status, headers });
  }
  if (path.startsWith("/translate") || path === "/v1/translate") {
    const body = { code: error.status, message: error.message };
    return new Response(JSON.stringify(body), { status: error.status, headers });
  }
  return toErrorResponse(error);
}
