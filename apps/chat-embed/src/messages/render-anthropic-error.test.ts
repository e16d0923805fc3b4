import { ApiError, fromUpstreamError } from "@wai/core";
import { describe, expect, it } from "vitest";
import { renderAnthropicError } from "./render-anthropic-error.ts";

async function render(error: ApiError) {
  const res = renderAnthropicError(error, "req_1");
  const body = (await res.json()) as { error: { type: string } };
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body };
}

describe("renderAnthropicError", () => {
  it("writes Anthropic's envelope, naming the field at fault", async () => {
    const error = new ApiError({
      status: 400,
      message: "Missing required parameter: 'max_tokens'.",
      param: "max_tokens",
    });
    expect(await render(error)).toEqual({
      status: 400,
      retryAfter: null,
      body: {
        type: "error",
        error: { type: "invalid_request_error", message: "Missing required parameter: 'max_tokens'." },
        request_id: "req_1",
      },
    });
  });

  it("maps Workers AI's capacity (3040) and daily allocation (4006) to 429 rate_limit_error with Retry-After", async () => {
    const capacity = await render(
      fromUpstreamError(new Error("3040: Capacity temporarily exceeded, please try again.")),
    );
    expect(capacity).toMatchObject({ status: 429, retryAfter: "3", body: { error: { type: "rate_limit_error" } } });
    const daily = await render(
      fromUpstreamError({ errors: [{ code: 4006, message: "AiError: daily free allocation" }] }),
    );
    expect(daily.status).toBe(429);
    expect(Number(daily.retryAfter)).toBeGreaterThan(0);
    expect(daily.body.error.type).toBe("rate_limit_error");
  });

  it.each([
    [401, 401, "authentication_error"],
    [403, 403, "permission_error"],
    [404, 404, "not_found_error"],
    [413, 413, "request_too_large"],
    [500, 500, "api_error"],
    [502, 502, "api_error"],
    [503, 529, "overloaded_error"],
    [504, 504, "timeout_error"],
  ])("status %i is %i %s", async (status, expected, type) => {
    const { status: got, body } = await render(new ApiError({ status, message: "x" }));
    expect([got, body.error.type]).toEqual([expected, type]);
  });
});
