import { expect } from "vitest";
import { ApiError } from "../src/api-error.ts";

/** Runs `fn` and returns the `ApiError` it threw or rejected with; fails the test otherwise. */
export async function apiErrorOf(fn: () => unknown): Promise<ApiError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("expected an ApiError, nothing was thrown");
}
