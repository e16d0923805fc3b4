import type { CompletionUsage } from "@wai/core";
import type { Usage } from "./message.ts";

/** Chat usage as Anthropic's: `input_tokens` leaves out the cached part, which is `cache_read_input_tokens`. */
export function toAnthropicUsage(usage: CompletionUsage): Usage {
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  return {
    input_tokens: usage.prompt_tokens - cached,
    output_tokens: usage.completion_tokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: cached,
  };
}
