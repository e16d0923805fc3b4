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
    this.code = init.code ?? null;
    this.param = init.param ?? null;
    this.headers = init.headers;
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
