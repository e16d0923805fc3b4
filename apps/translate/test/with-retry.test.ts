import { ApiError, fromUpstreamError } from "@wai/core";
import { describe, expect, it } from "vitest";
import { M2m100ErrorAnswer } from "../src/mappers/m2m100-error-answer.ts";
import { withRetry } from "../src/translate/with-retry.ts";

const capacity = () => fromUpstreamError(new Error("3040: Capacity temporarily exceeded, please try again."));
const daily = () => fromUpstreamError(new Error("4006: you have used up your daily free allocation of 10,000 neurons"));
const fast = { retries: 2, errorAnswerRetries: 1, baseDelayMs: 1 };
const errorAnswer = () => new M2m100ErrorAnswer("ERROR: translation failed");

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

  it("retries an ERROR answer once and returns the success that follows", async () => {
    let calls = 0;
    const result = await withRetry(async () => {
      if (++calls < 2) throw errorAnswer();
      return "ok";
    }, fast);
    expect([result, calls]).toEqual(["ok", 2]);
  });

  it("throws the second ERROR answer (502) without a third try", async () => {
    let calls = 0;
    const run = withRetry(async () => {
      calls++;
      throw errorAnswer();
    }, fast);
    await expect(run).rejects.toMatchObject({ status: 502, type: "upstream_error" });
    expect(calls).toBe(2);
  });

  it("counts capacity retries apart from the ERROR retry", async () => {
    const errors = [capacity, errorAnswer, capacity];
    let calls = 0;
    const result = await withRetry(async () => {
      const error = errors[calls++];
      if (error) throw error();
      return "ok";
    }, fast);
    expect([result, calls]).toEqual(["ok", 4]);
  });
});
