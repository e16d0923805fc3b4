import { ApiError } from "./api-error.ts";

/** The OpenAI error envelope: all four keys present, nullable ones as `null`. */
export interface ErrorResponse {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** Turns anything thrown into a client-facing error: an `ApiError` as is, anything else a logged 500. */
export function asApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof ApiError) return error;
  console.error(`[${requestId}] unhandled error`, error);
  return new ApiError({
    status: 500,
    type: "server_error",
    message: `The gateway failed to handle this request (request id ${requestId}).`,
  });
}

/** Renders an error in OpenAI's envelope. Internals are logged, never leaked. */
export function toErrorResponse(error: ApiError): Response {
  const body: ErrorResponse = {
    error: { message: error.message, type: error.type, param: error.param, code: error.code },
  };
  const headers = new Headers(error.headers);
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify(body), { status: error.status, headers });
}
