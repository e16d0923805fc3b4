import { ApiError } from "@wai/core";
import { M2m100ErrorAnswer } from "../mappers/m2m100-error-answer.ts";

export interface RetryOptions {
  /** Retries of a capacity error after the first try. */
  retries: number;
  /** Retries of an `ERROR…` answer from m2m100 (`M2m100ErrorAnswer`). */
  errorAnswerRetries: number;
  /** Wait before the first retry, doubled each time, plus up to 50% jitter. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 2, errorAnswerRetries: 1, baseDelayMs: 150 };

/**
 * Runs `fn`, trying again after a short wait when Workers AI is out of capacity (3040, mapped to a 429
 * `rate_limit_exceeded`): m2m100 answers 3040 often under a burst (reference §2.7); and once when m2m100 answers
 * `ERROR…` in place of a translation. The daily allocation (4006, `daily_limit_reached`) lasts until midnight
 * and is not retried. After the last try the error is thrown (a 429, or the `ERROR…` answer's 502).
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  let capacity = 0;
  let answers = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof M2m100ErrorAnswer && answers++ < options.errorAnswerRetries) {
        console.warn("m2m100 answered ERROR; retrying once", error.answer);
      } else if (!isCapacityError(error) || capacity++ >= options.retries) {
        throw error;
      }
      const delay = options.baseDelayMs * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay * 0.5));
    }
  }
}

function isCapacityError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 429 && error.code === "rate_limit_exceeded";
}
