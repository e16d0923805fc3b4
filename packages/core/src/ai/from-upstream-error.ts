import { ApiError, type ApiErrorInit } from "../api-error.ts";
import { readUpstreamFailure, type UpstreamFailure } from "./upstream-failure.ts";

export interface UpstreamErrorContext {
  /** HTTP status of a REST answer; used when the body carries no known code. */
  status?: number;
  /** The model called, named in a 404. */
  model?: string;
  /** The clock, in ms since the epoch (tests pin it). */
  now?: () => number;
}

/** Seconds a client waits after 3040: capacity frees up quickly, and the SDKs honour `Retry-After`. */
export const CAPACITY_RETRY_AFTER_SECONDS = 3;

type Mapping = Omit<ApiErrorInit, "message"> & { message?: string };

/**
 * Turns any Workers AI failure (thrown by the binding, a REST error body, a network failure) into the
 * `ApiError` DESIGN's table gives. The upstream code stays visible: `Workers AI error 3040: ...`. Wording
 * avoids what makes OneAPI disable a channel ("credit", "balance", "permission denied", `insufficient_quota`).
 */
export function fromUpstreamError(error: unknown, context: UpstreamErrorContext = {}): ApiError {
  if (error instanceof ApiError) return error;
  const failure = readUpstreamFailure(error);
  const mapping = byCode(failure, context) ?? byName(failure) ?? byStatus(context.status);
  let message = mapping.message ?? describe(failure, context.status);
  if (mapping.code === "model_not_found" && context.model) message += ` (model \`${context.model}\`)`;
  return new ApiError({ ...mapping, message: neutralize(message) });
}

function byCode({ code }: UpstreamFailure, context: UpstreamErrorContext): Mapping | undefined {
  switch (code) {
    case 3040:
      return rateLimited(CAPACITY_RETRY_AFTER_SECONDS);
    case 3036:
    case 4006:
      return dailyAllocationUsed(code, context.now ?? Date.now);
    case 3003:
    case 5004:
    case 5005:
    case 5006:
      return { status: 400, type: "invalid_request_error", code: "invalid_input" };
    case 3042:
    case 5007:
      return { status: 404, type: "invalid_request_error", code: "model_not_found", param: "model" };
    case 5028: // "This model was deprecated on <date>": Cloudflare retired a model the catalog still lists.
      return { status: 404, type: "invalid_request_error", code: "model_retired", param: "model" };
    case 5021:
      return { status: 400, type: "invalid_request_error", code: "context_length_exceeded", param: "messages" };
    case 3006:
      return { status: 413, type: "invalid_request_error", code: "request_too_large" };
    case 3007:
    case 3008:
    case 3046:
      return { status: 504, type: "upstream_error", code: "upstream_timeout" };
    case 8007:
      return { status: 400, type: "invalid_request_error", code: "content_policy_violation", param: "prompt" };
    case 5016:
      return { status: 403, type: "invalid_request_error", code: "model_terms_not_accepted", param: "model" };
    case 3023:
    case 3041:
    case 5018:
      return { status: 403, type: "invalid_request_error" };
    case 7000:
    case 7003:
      return { status: 502, type: "upstream_error", code: "upstream_error" };
    case 10000:
      return tokenRejected();
    default:
      return undefined;
  }
}

/** Errors thrown locally: a timeout or abort is a 504, a failed connection a 502. */
function byName({ name }: UpstreamFailure): Mapping | undefined {
  if (name === "TimeoutError" || name === "AbortError") {
    return { status: 504, type: "upstream_error", code: "upstream_timeout" };
  }
  return undefined;
}

function byStatus(status: number | undefined): Mapping {
  if (status === 401) return tokenRejected();
  if (status === 403) return { status: 403, type: "invalid_request_error" };
  if (status === 429) return rateLimited(CAPACITY_RETRY_AFTER_SECONDS);
  if (status === 408 || status === 504) return { status: 504, type: "upstream_error", code: "upstream_timeout" };
  if (status === 404) return { status: 404, type: "invalid_request_error", code: "model_not_found", param: "model" };
  if (status === 400 || status === 413 || status === 422) return { status, type: "invalid_request_error" };
  return { status: 502, type: "upstream_error", code: "upstream_error" };
}

/** REST only (passthrough mode): Cloudflare refused the client's API token. */
function tokenRejected(): Mapping {
  return {
    status: 401,
    type: "authentication_error",
    code: "invalid_api_key",
    message:
      "Cloudflare rejected the API token: send a Cloudflare API token with the Workers AI Read and Edit permissions.",
  };
}

function rateLimited(seconds: number): Mapping {
  return {
    status: 429,
    type: "rate_limit_exceeded",
    code: "rate_limit_exceeded",
    headers: { "retry-after": String(seconds) },
  };
}

/** 3036/4006: a 429 that lasts until the allocation resets at 00:00 UTC, worded as a daily limit. */
function dailyAllocationUsed(code: number, now: () => number): Mapping {
  const seconds = secondsUntilUtcMidnight(now());
  return {
    ...rateLimited(seconds),
    code: "daily_limit_reached",
    message:
      `Workers AI error ${code}: the daily free allocation of Workers AI neurons for this account is used up. ` +
      `It resets at 00:00 UTC, in ${seconds} seconds.`,
  };
}

/** Whole seconds from `ms` to the next 00:00 UTC, at least 1. */
export function secondsUntilUtcMidnight(ms: number): number {
  const day = 86_400_000;
  return Math.max(1, Math.ceil((Math.floor(ms / day + 1) * day - ms) / 1000));
}

function describe({ code, detail, name }: UpstreamFailure, status: number | undefined): string {
  const text = (detail || (status ? `HTTP ${status}` : "no detail")).slice(0, 1000);
  if (code !== undefined) return `Workers AI error ${code}: ${text}`;
  if (name === "TimeoutError" || name === "AbortError") return `Workers AI did not answer in time: ${text}`;
  return `Workers AI request failed: ${text}`;
}

/** OneAPI disables a channel whose error mentions these; upstream text must not trip it by accident. */
function neutralize(message: string): string {
  return message
    .replace(/permission denied/gi, "not permitted")
    .replace(/credits?/gi, "allowance")
    .replace(/balance/gi, "allowance");
}
