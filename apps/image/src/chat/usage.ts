/** OpenAI's `CompletionUsage`. */
export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/**
 * Image models count no tokens, but gateways bill and display by `usage` (OneAPI counts its own when it is
 * missing or zero): an estimate of about four characters a token, of the prompt and of the markdown answer.
 */
export function toUsage(prompt: string, answers: readonly string[]): CompletionUsage {
  const estimate = (text: string) => Math.max(1, Math.ceil(text.length / 4));
  const prompt_tokens = estimate(prompt);
  const completion_tokens = answers.reduce((sum, answer) => sum + estimate(answer), 0);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}
