import { ApiError, fromUpstreamError } from "@wai/core";
import { describe, expect, it } from "vitest";
import { withRetry } from "../src/translate/with-retry.ts";

const capacity = () => fromUpstreamError(new Error("3040: Capacity temporarily exceeded, please try again."));
const daily = () => fromUpstreamError(new Error("4006: you have used up your daily free allocation of 10,000 neurons"));
const fast = { retries: 2, baseDelayMs: 1 };

describe("withRetry", () => {
  it("retries capacity errors (3040) and returns the first success", async () => {
    let calls = 0;
    const result = await withRetry(async () => {
      if (++calls < 3) throw capacity();
      return "ok";
    }, fast);
    expect([result, calls]).toEqual(["ok", 3]);
  });

  it("gives up after the bounded number of retries with the 429", async () => {
    let calls = 0;
    const run = withRetry(async () => {
      calls++;
      throw capacity();
    }, fast);
    await expect(run).rejects.toMatchObject({ status: 429, code: "rate_limit_exceeded" });
    expect(calls).toBe(3);
  });

  it.each([
    ["the daily allocation (4006)", daily],
    ["a bad input", () => new ApiError({ status: 400, message: "bad" })],
  ])("does not retry %s", async (_, error) => {
    let calls = 0;
    const run = withRetry(async () => {
      calls++;
      throw error();
    }, fast);
    await expect(run).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
  });
});
