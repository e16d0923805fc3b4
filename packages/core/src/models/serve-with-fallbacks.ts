import type { Model, ResolvedModels } from "@wai/catalog";
import { ApiError } from "../api-error.ts";

/** What served a request: the attempt's value, the model that gave it, and every note to send. */
export interface Served<T> {
  value: T;
  model: Model;
  notes: string[];
}

/**
 * Runs `attempt` on the request's model, then down its `MODEL_FALLBACKS` ladder while the failure is one another
 * model may not have: out of capacity (3040), retired (5028), a timeout or an upstream failure (5xx). Never on a
 * client error (4xx: another model would refuse it too) nor on the daily allocation (4006/3036: every model of
 * the account is out). A streamed answer is committed once `attempt` resolves (its first byte is on its way), so
 * only failures before that fall back. A ladder model that cannot take the request (a 4xx while preparing it) is
 * skipped, with a note; when all fail, the first model's failure is thrown.
 */
export async function serveWithFallbacks<T>(
  resolved: ResolvedModels,
  attempt: (model: Model) => Promise<T>,
): Promise<Served<T>> {
  const notes = [...resolved.notes];
  let firstFailure: unknown;
  for (const [i, model] of resolved.models.entries()) {
    try {
      const value = await attempt(model);
      if (i > 0) notes.push(`fallback: served by \`${model.id}\` from MODEL_FALLBACKS`);
      return { value, model, notes };
    } catch (error) {
      if (i === 0) {
        if (!fallsBack(error) || resolved.models.length === 1) throw error;
        firstFailure = error;
      } else if (!fallsBack(error) && !(error instanceof ApiError && error.status < 500)) {
        throw error;
      }
      const why = error instanceof ApiError ? `${error.status} ${error.code ?? error.type}` : "failed";
      notes.push(`fallback: \`${model.id}\` failed (${why})`);
    }
  }
  throw firstFailure;
}

/** The failures that another model may not have (DESIGN's table): capacity, retirement, timeouts, 5xx. */
export function fallsBack(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === "rate_limit_exceeded" || error.code === "model_retired") return true;
  return error.type === "upstream_error" || error.status === 503;
}
