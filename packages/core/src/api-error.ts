/** OpenAI error `type` values this project emits. */
export type ApiErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "not_found_error"
  | "rate_limit_exceeded"
  | "upstream_error"
  | "server_error";

export interface ApiErrorInit {
  status: number;
  message: string;
  type?: ApiErrorType;
  /** Defaults to the status's generic code (`invalid_request`, `not_found`...): never `null` on the wire. */
  code?: string | null;
  param?: string | null;
  headers?: HeadersInit;
}

/**
 * Every failure a client should see, as a value: rendered in one place (`toErrorResponse`) into the OpenAI
 * envelope `{error: {message, type, param, code}}`, or into the DeepL/DeepLX shape on the translate routes.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: ApiErrorType;
  readonly code: string | null;
  readonly param: string | null;
  readonly headers: HeadersInit | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.type = init.type ?? defaultType(init.status);
    this.code = init.code ?? defaultCode(this.status);
    this.param = init.param ?? null;
    this.headers = init.headers;
  }
}

/**
 * A `code` on every error, so clients and gateways can branch on it without parsing messages: the status's
 * generic code where no specific one was given (never `invalid_api_key`, which makes OneAPI disable a channel).
 */
function defaultCode(status: number): string {
  switch (status) {
    case 400:
      return "invalid_request";
    case 401:
      return "unauthorized";
    case 403:
      return "not_permitted";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 413:
      return "request_too_large";
    case 415:
      return "unsupported_media_type";
    case 429:
      return "rate_limit_exceeded";
    case 502:
      return "upstream_error";
    case 504:
      return "upstream_timeout";
    default:
      return status >= 500 ? "server_error" : "invalid_request";
  }
}

function defaultType(status: number): ApiErrorType {
  if (status === 401) return "authentication_error";
  if (status === 429) return "rate_limit_exceeded";
  if (status >= 500) return "server_error";
  return "invalid_request_error";
}

/** 400 naming the parameter at fault. */
export const badRequest = (message: string, param: string | null = null, code: string | null = null) =>
  new ApiError({ status: 400, message, param, code });

/** 404 for a path no route serves. */
export const pathNotFound = (method: string, path: string) =>
  new ApiError({
    status: 404,
    message: `Unknown request URL: ${method} ${path}. Check the path and method.`,
    type: "invalid_request_error",
    code: "unknown_url",
  });

/** 405 for a path served under other methods only, with `Allow` listing them (RFC 9110 §15.5.6). */
export const methodNotAllowed = (method: string, path: string, allowed: readonly string[]) =>
  new ApiError({
    status: 405,
    message: `${method} is not allowed on ${path}: use ${allowed.join(" or ")}.`,
    type: "invalid_request_error",
    code: "method_not_allowed",
    headers: { allow: allowed.join(", ") },
  });
