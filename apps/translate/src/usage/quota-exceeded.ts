import { ApiError } from "@wai/core";

/**
 * The month's character limit (`CHARACTER_LIMIT`) would be passed: DeepL's 456 "Quota exceeded" on `/v2/`
 * routes (render-translate-error maps the code), a 456 in DeepLX's shape elsewhere. Until the month ends (UTC).
 */
export function quotaExceeded(used: number, limit: number, asked: number): ApiError {
  return new ApiError({
    status: 456,
    type: "invalid_request_error",
    code: "quota_exceeded",
    message: `Quota exceeded: this key has translated ${used} of its ${limit} characters this month (UTC); this request has ${asked}.`,
  });
}
