import type { CompletionUsage, FinishReason } from "@wai/core";

/**
 * One normalized piece of a streamed chat answer, whatever protocol writes it (chat completions, Responses,
 * Messages). Thinking tags are already split out, stop sequences applied, tool calls numbered per choice:
 * a call's first event carries its `id` and `name` (and maybe a first `arguments` piece), later ones only
 * `arguments` pieces. Each choice ends with one `finish`; the stream ends with one `usage`, or with `error`
 * when the upstream broke (no `finish` or `usage` follow an `error`).
 */
export type ChatEvent =
  | { type: "text"; choice: number; text: string }
  | { type: "reasoning"; choice: number; text: string }
  | { type: "tool_call"; choice: number; index: number; id?: string; name?: string; arguments: string }
  | { type: "finish"; choice: number; reason: FinishReason }
  | { type: "usage"; usage: CompletionUsage }
  | { type: "error"; message: string };
