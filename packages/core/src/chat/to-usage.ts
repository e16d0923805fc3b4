import type { CompletionUsage } from "./completion-usage.ts";

/**
 * Upstream usage when it reports some, else the estimate, field by field: Workers AI omits usage on some models
 * and streams, image models count nothing, and a gateway billing by usage must never see 0 for a non-empty
 * exchange. `upstream` is whatever Workers AI sent (anything not a positive count is ignored).
 */
export function toUsage(upstream: unknown, estimate: { prompt: number; completion: number }): CompletionUsage {
  const u = (upstream && typeof upstream === "object" ? upstream : {}) as Record<string, unknown>;
  const prompt = positive(u.prompt_tokens) ?? estimate.prompt;
  const completion = positive(u.completion_tokens) ?? estimate.completion;
  const usage: CompletionUsage = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
  if (u.prompt_tokens_details && typeof u.prompt_tokens_details === "object")
    usage.prompt_tokens_details = u.prompt_tokens_details as CompletionUsage["prompt_tokens_details"];
  if (u.completion_tokens_details && typeof u.completion_tokens_details === "object")
    usage.completion_tokens_details = u.completion_tokens_details as CompletionUsage["completion_tokens_details"];
  return usage;
}

function positive(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}
