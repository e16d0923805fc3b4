/**
 * Chat request fields that steer a text model's sampling: a diffusion model has no use for them. They are
 * accepted (gateways send them by default) and named in `x-gateway-notes` when set.
 */
export const SAMPLING_FIELDS: ReadonlySet<string> = new Set([
  "temperature",
  "top_p",
  "top_k",
  "max_tokens",
  "max_completion_tokens",
  "frequency_penalty",
  "presence_penalty",
  "repetition_penalty",
  "stop",
  "logprobs",
  "top_logprobs",
  "reasoning_effort",
]);
