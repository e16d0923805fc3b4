import { describe, expect, it } from "vitest";
import { fromUpstreamError, secondsUntilUtcMidnight } from "../../src/ai/from-upstream-error.ts";
import { ApiError } from "../../src/api-error.ts";
import { toErrorResponse } from "../../src/to-error-response.ts";
import {
  InferenceUpstreamError,
  REST_AUTH_ERROR,
  REST_BAD_INPUT_ERROR,
  REST_CAPACITY_ERROR,
  REST_DAILY_ERROR,
} from "../fixtures/workers-ai-wire.ts";

/** What OneAPI treats as "disable this channel" (clients.md §1), on anything but a real credential failure. */
function expectChannelKept(error: ApiError) {
  expect(error.status).not.toBe(401);
  expect(["insufficient_quota", "authentication_error", "permission_error", "forbidden"]).not.toContain(error.type);
  expect(error.code).not.toBe("invalid_api_key");
  expect(error.message).not.toMatch(/credit|balance|permission denied/i);
}

const retryAfter = (error: ApiError) => new Headers(error.headers).get("retry-after");

describe("fromUpstreamError", () => {
  it.each([
    3003, 3006, 3007, 3008, 3023, 3036, 3040, 3041, 3042, 3046, 4006, 5004, 5005, 5006, 5007, 5016, 5018, 5021, 5028,
    7000, 7003, 8007, 9999,
  ])("gives Workers AI error %i a code (never null), as every error has one", (code) => {
    const error = fromUpstreamError(new InferenceUpstreamError(`${code}: something`));
    expect(error.code).toEqual(expect.any(String));
    expect(toErrorResponse(error).status).toBe(error.status);
  });

  it("gives a failure without a code (a network error, an unknown status) a code too", () => {
    expect(fromUpstreamError(new TypeError("fetch failed")).code).toBe("upstream_error");
    expect(fromUpstreamError({}, { status: 422 }).code).toBe("invalid_request");
  });

  it("maps the binding's 3040 to a 429 rate_limit_exceeded with a short Retry-After", () => {
    const error = fromUpstreamError(
      new InferenceUpstreamError("3040: Capacity temporarily exceeded, please try again."),
    );
    expect(error).toMatchObject({ status: 429, type: "rate_limit_exceeded", code: "rate_limit_exceeded" });
    expect(error.message).toBe("Workers AI error 3040: Capacity temporarily exceeded, please try again.");
    expect(Number(retryAfter(error))).toBeGreaterThan(0);
    expect(Number(retryAfter(error))).toBeLessThanOrEqual(10);
    expectChannelKept(error);
  });

  it("maps the REST 3040 envelope the same way, without the doubled AiError prefix and (3040) suffix", () => {
    const error = fromUpstreamError(REST_CAPACITY_ERROR, { status: 429 });
    expect(error).toMatchObject({ status: 429, type: "rate_limit_exceeded" });
    expect(error.message).toBe("Workers AI error 3040: Capacity temporarily exceeded, please try again.");
  });

  it("maps 4006 to a 429 lasting until 00:00 UTC, worded so OneAPI keeps the channel", () => {
    const now = () => Date.parse("2026-03-14T23:59:00.500Z");
    const error = fromUpstreamError(REST_DAILY_ERROR, { status: 429, now });
    expect(error).toMatchObject({ status: 429, type: "rate_limit_exceeded", code: "daily_limit_reached" });
    expect(retryAfter(error)).toBe("60");
    expect(error.message).toContain("Workers AI error 4006");
    expect(error.message).toContain("00:00 UTC");
    expectChannelKept(error);
  });

  it("maps the binding's 3036 like 4006", () => {
    const now = () => Date.parse("2026-03-14T12:00:00Z");
    const error = fromUpstreamError(
      new InferenceUpstreamError("3036: You have used up your daily free allocation of 10,000 neurons. Add credit."),
      { now },
    );
    expect(error).toMatchObject({ status: 429, code: "daily_limit_reached" });
    expect(retryAfter(error)).toBe(String(12 * 3600));
    expectChannelKept(error);
  });

  it.each([
    [
      "AiError: 5006: Bad input: Error: oneOf at '/' not met",
      "Workers AI error 5006: Bad input: Error: oneOf at '/' not met",
    ],
    ["5004: Invalid data type for base64 input", "Workers AI error 5004: Invalid data type for base64 input"],
    ["3003: Request is missing headers or body", "Workers AI error 3003: Request is missing headers or body"],
  ])("maps bad input %j to a 400 keeping the upstream detail", (message, expected) => {
    const error = fromUpstreamError(new InferenceUpstreamError(message));
    expect(error).toMatchObject({ status: 400, type: "invalid_request_error" });
    expect(error.message).toBe(expected);
  });

  it("maps the REST 5006 envelope to a 400 with code invalid_input", () => {
    const error = fromUpstreamError(REST_BAD_INPUT_ERROR, { status: 400 });
    expect(error).toMatchObject({ status: 400, code: "invalid_input" });
    expect(error.message).toBe("Workers AI error 5006: Bad input: Error: required properties at '/' are 'prompt'");
  });

  it.each(["5007: No such model `@cf/meta/llama-9` or task", "3042: The model name is invalid"])(
    "maps %j to a 404 model_not_found naming the model",
    (message) => {
      const error = fromUpstreamError(new InferenceUpstreamError(message), { model: "@cf/meta/llama-9" });
      expect(error).toMatchObject({ status: 404, code: "model_not_found", param: "model" });
      expect(error.message).toContain("@cf/meta/llama-9");
    },
  );

  it("maps 5028 (a model Cloudflare has since retired) to a 404 model_retired, keeping the date", () => {
    const error = fromUpstreamError(new InferenceUpstreamError("5028: This model was deprecated on 2026-05-30"));
    expect(error).toMatchObject({ status: 404, code: "model_retired", param: "model" });
    expect(error.message).toContain("2026-05-30");
  });

  it.each([
    [
      5021,
      "The estimated number of input and maximum output tokens (9000) exceeded this model context window limit (8192)",
      400,
      "context_length_exceeded",
    ],
    [3006, "Request is too large", 413, "request_too_large"],
    [3007, "Request timeout", 504, "upstream_timeout"],
    [3008, "Request aborted", 504, "upstream_timeout"],
    [3046, "Request timeout", 504, "upstream_timeout"],
    [8007, "Input prompt contains NSFW content", 400, "content_policy_violation"],
    [5016, "User has not agreed to Llama3.2 model terms", 403, "model_terms_not_accepted"],
  ])("maps %i (%s)", (code, text, status, apiCode) => {
    const error = fromUpstreamError(new InferenceUpstreamError(`${code}: ${text}`));
    expect(error).toMatchObject({ status, code: apiCode });
    expect(error.message).toBe(`Workers AI error ${code}: ${text}`);
    expectChannelKept(error);
  });

  it("maps an unknown code to a 502 upstream_error that keeps the code", () => {
    const error = fromUpstreamError(new InferenceUpstreamError("9999: Something new"));
    expect(error).toMatchObject({ status: 502, type: "upstream_error", code: "upstream_error" });
    expect(error.message).toBe("Workers AI error 9999: Something new");
  });

  it("reads the binding's internal error body {internalCode, description}", () => {
    const error = fromUpstreamError({
      internalCode: 5006,
      name: "InvalidInput",
      description: "prompt and messages are mutually exclusive",
    });
    expect(error.status).toBe(400);
    expect(error.message).toBe("Workers AI error 5006: prompt and messages are mutually exclusive");
  });

  it("reads a binding message that is the raw JSON body, and a REST message whose code is only in parentheses", () => {
    const raw = new InferenceUpstreamError(JSON.stringify(REST_CAPACITY_ERROR));
    expect(fromUpstreamError(raw)).toMatchObject({ status: 429, name: "ApiError" });
    const bare = fromUpstreamError("AiError: AiError: Capacity temporarily exceeded, please try again. (3040)");
    expect(bare.status).toBe(429);
    expect(fromUpstreamError("Something failed (8192)").message).toBe(
      "Workers AI request failed: Something failed (8192)",
    );
  });

  it("reads /ai/v1's {error:{code}} shape", () => {
    expect(fromUpstreamError({ error: { code: 3040, message: "Capacity temporarily exceeded" } }).status).toBe(429);
  });

  it("maps a network failure to 502 and a timeout to 504", () => {
    expect(fromUpstreamError(new TypeError("Network connection lost."))).toMatchObject({
      status: 502,
      type: "upstream_error",
    });
    expect(fromUpstreamError(new DOMException("The operation timed out.", "TimeoutError"))).toMatchObject({
      status: 504,
    });
  });

  it("maps a REST answer without a known code by its HTTP status", () => {
    expect(fromUpstreamError("", { status: 503 })).toMatchObject({
      status: 502,
      message: "Workers AI request failed: HTTP 503",
    });
    expect(fromUpstreamError("", { status: 429 }).status).toBe(429);
    expect(fromUpstreamError("", { status: 408 }).status).toBe(504);
  });

  it("maps Cloudflare's refusal of the API token (passthrough) to a 401 invalid_api_key", () => {
    const error = fromUpstreamError(REST_AUTH_ERROR, { status: 403 });
    expect(error).toMatchObject({ status: 401, code: "invalid_api_key" });
    expect(error.message).not.toMatch(/permission denied/i);
  });

  it("never lets upstream text carry OneAPI's disabling words", () => {
    const error = fromUpstreamError(
      new InferenceUpstreamError("3040: no balance left on load balancer; credit; Permission denied"),
    );
    expectChannelKept(error);
  });

  it("passes an ApiError through unchanged", () => {
    const original = new ApiError({ status: 418, message: "teapot" });
    expect(fromUpstreamError(original)).toBe(original);
  });

  it("renders into the OpenAI envelope with its Retry-After header", async () => {
    const response = toErrorResponse(fromUpstreamError(REST_CAPACITY_ERROR));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await response.json()).toEqual({
      error: {
        message: "Workers AI error 3040: Capacity temporarily exceeded, please try again.",
        type: "rate_limit_exceeded",
        param: null,
        code: "rate_limit_exceeded",
      },
    });
  });
});

describe("secondsUntilUtcMidnight", () => {
  it.each([
    ["2026-01-01T00:00:00.000Z", 86400],
    ["2026-01-01T23:59:59.999Z", 1],
    ["2026-06-30T18:30:00.000Z", 19800],
  ])("from %s is %i", (at, seconds) => {
    expect(secondsUntilUtcMidnight(Date.parse(at))).toBe(seconds);
  });
});
