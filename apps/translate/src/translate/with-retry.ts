import { ApiError } from "@wai/core";

export interface RetryOptions {
  /** Retries after the first try. */
  retries: number;
  /** Wait before the first retry, doubled each time, plus up to 50% jitter. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 2, baseDelayMs: 150 };

/**
 * Runs `fn`, trying again after a short wait when Workers AI is out of capacity (3040, mapped to a 429
 * `rate_limit_exceeded`): m2m100 answers 3040 often under a burst (reference §2.7). The daily allocation
 * (4006, `daily_limit_reached`) lasts until midnight and is not retried. After the last try the 429 is thrown.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= options.retries || !isCapacityError(error)) throw error;
      const delay = options.baseDelayMs * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay * 0.5));
    }
  }
}

function isCapacityError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 429 && error.code === "rate_limit_exceeded";
}
