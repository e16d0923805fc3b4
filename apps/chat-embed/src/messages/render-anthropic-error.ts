import type { ApiError } from "@wai/core";

/** Anthropic's error types by HTTP status (docs.anthropic.com "Errors"; @anthropic-ai/sdk `ErrorType`). */
const TYPES: Readonly<Record<number, string>> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  502: "api_error",
  503: "overloaded_error",
  504: "timeout_error",
  529: "overloaded_error",
};

/** Anthropic's status for an overloaded service, which its SDKs and Claude Code retry with backoff. */
export const ANTHROPIC_OVERLOADED = 529;

/**
 * An error in Anthropic's shape, `{type: "error", error: {type, message}, request_id}`, for the Messages routes.
 * The gateway's statuses carry over (DESIGN's table: capacity 3040 and the daily allocation are 429
 * `rate_limit_error` with `Retry-After`), a 503 (the service is overloaded) is Anthropic's 529
 * `overloaded_error`, anything else 5xx an `api_error`. OpenAI's `param` is named in the message.
 */
export function renderAnthropicError(error: ApiError, requestId: string | null = null): Response {
  const status = error.status === 503 ? ANTHROPIC_OVERLOADED : error.status;
  const type = TYPES[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
  const message =
    error.param && !error.message.includes(error.param) ? `${error.param}: ${error.message}` : error.message;
  const headers = new Headers(error.headers);
  headers.set("content-type", "application/json");
  const body = { type: "error", error: { type, message }, request_id: requestId };
  return new Response(JSON.stringify(body), { status, headers });
}
