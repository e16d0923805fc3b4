import { type ApiError, toErrorResponse } from "@wai/core";
import { renderAnthropicError } from "./messages/render-anthropic-error.ts";

/** Errors in the protocol of the route: Anthropic's shape on `/v1/messages…`, OpenAI's envelope elsewhere. */
export function renderChatEmbedError(error: ApiError, request: Request): Response {
  const path = new URL(request.url).pathname;
  if (path === "/v1/messages" || path.startsWith("/v1/messages/"))
    return renderAnthropicError(error, request.headers.get("x-request-id"));
  return toErrorResponse(error);
}
