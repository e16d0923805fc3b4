import type { Model } from "@wai/catalog";

/** Room left for the prompt's estimate being low (it counts about 4 characters a token). */
const PROMPT_MARGIN = 1.25;

/**
 * Claude Code asks for Claude's own output ceilings (`max_tokens` 32k–128k), which do not fit beside its ~10k-token
 * prompt in a 128k window: Workers AI refuses prompt + `max_tokens` over the window (5021). `max_tokens` is a
 * ceiling, not a request for that much text, so it is lowered to what fits and the note says so.
 */
export function fitMaxTokens(
  model: Model,
  maxTokens: number,
  promptTokens: number,
): { maxTokens: number; note?: string } {
  const window = model.limits.contextWindow;
  const output = model.limits.maxOutputTokens;
  let fit = maxTokens;
  if (output !== undefined) fit = Math.min(fit, output);
  if (window !== undefined) fit = Math.min(fit, Math.max(1, window - Math.ceil(promptTokens * PROMPT_MARGIN)));
  if (fit === maxTokens) return { maxTokens };
  return {
    maxTokens: fit,
    note: `max_tokens ${maxTokens} sent as ${fit} (what fits in ${model.id}'s context beside the prompt)`,
  };
}
