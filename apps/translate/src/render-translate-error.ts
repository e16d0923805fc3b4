import { type ApiError, toErrorResponse } from "@wai/core";

/** DeepL's status for "quota exceeded" (DeepLcom/openapi `openapi.json`). */
export const DEEPL_QUOTA_EXCEEDED = 456;

/**
 * Errors in the protocol of the route: DeepLX clients (and Immersive Translate's batch route) read
 * `{code, message}` with the HTTP status in `code`; DeepL clients read `{message}`, and DeepL answers a bad
 * key with 403 and a used-up quota with 456, so Workers AI's daily allocation (4006/3036, until 00:00 UTC,
 * `Retry-After` kept) is a 456 there while capacity (3040) stays a 429; the OpenAI routes (`/v1/models`) keep
 * OpenAI's envelope.
 */
export function renderTranslateError(error: ApiError, request: Request): Response {
  const path = new URL(request.url).pathname;
  const headers = new Headers(error.headers);
  headers.set("content-type", "application/json");
  if (path.startsWith("/v2/")) {
    return new Response(JSON.stringify({ message: error.message }), { status: deeplStatus(error), headers });
  }
  if (path.startsWith("/translate") || path.startsWith("/v1/translate")) {
    const body = { code: error.status, message: error.message };
    return new Response(JSON.stringify(body), { status: error.status, headers });
  }
  return toErrorResponse(error);
}

function deeplStatus(error: ApiError): number {
  if (error.status === 401) return 403;
  if (error.code === "daily_limit_reached") return DEEPL_QUOTA_EXCEEDED;
  return error.status;
}
