import type { FinishReason } from "./chat-choice.ts";
import type { ChatReplyMeta } from "./chat-reply-meta.ts";
import type { CompletionUsage } from "./completion-usage.ts";

/** A chunk's `delta`: the role chunk's `{role, content: ""}`, then text, reasoning or tool-call pieces; `{}` to finish. */
export interface ChatDelta {
  role?: "assistant";
  content?: string;
  reasoning_content?: string;
  tool_calls?: {
    index: number;
    id?: string;
    type?: "function";
    function?: { name?: string; arguments?: string };
  }[];
}

export interface ChatChunkMeta extends ChatReplyMeta {
  /** `stream_options.include_usage`: `usage: null` on every chunk, and a last chunk with `choices: []`. */
  includeUsage: boolean;
}

/** OpenAI's `ChatCompletionChunk` as this gateway writes it. */
export interface ChatCompletionChunk {
  id: string;
  object: "chat.completion.chunk";
  created: number;
  model: string;
  choices: { index: number; delta: ChatDelta; logprobs: null; finish_reason: FinishReason | null }[];
  usage?: CompletionUsage | null;
}

/**
 * One `chat.completion.chunk` (reference §4.2): a choice's delta (`finish` null until its last chunk), or, with
 * `choice` null, the `include_usage` chunk: `choices: []` and the usage. Key order is OpenAI's;
 * `ChatChunkSse` writes the same bytes faster.
 */
export function toChatCompletionChunk(
  meta: ChatChunkMeta,
  choice: { index: number; delta: ChatDelta; finish: FinishReason | null } | null,
  usage?: CompletionUsage,
): ChatCompletionChunk {
  const choices = choice
    ? [{ index: choice.index, delta: choice.delta, logprobs: null, finish_reason: choice.finish }]
    : [];
  const chunk: ChatCompletionChunk = {
    id: meta.id,
    object: "chat.completion.chunk",
    created: meta.created,
    model: meta.model,
    choices,
  };
  if (meta.includeUsage) chunk.usage = choice ? null : (usage ?? null);
  return chunk;
}
