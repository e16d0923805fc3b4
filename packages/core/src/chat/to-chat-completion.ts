import type { ChatChoice, ChatToolCall, FinishReason } from "./chat-choice.ts";
import type { ChatReplyMeta } from "./chat-reply-meta.ts";
import type { CompletionUsage } from "./completion-usage.ts";

/** OpenAI's `ChatCompletion` as this gateway writes it (no `system_fingerprint`: Workers AI has none to give). */
export interface ChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  choices: {
    index: number;
    message: {
      role: "assistant";
      content: string | null;
      refusal: null;
      reasoning_content?: string;
      tool_calls?: ChatToolCall[];
    };
    logprobs: null;
    finish_reason: FinishReason;
  }[];
  usage: CompletionUsage;
}

/**
 * OpenAI's `chat.completion` (reference §4.2): every required key present, `refusal` and `logprobs` null,
 * `reasoning_content` and `tool_calls` only when there are some. `usage` from `toUsage`.
 */
export function toChatCompletion(
  meta: ChatReplyMeta,
  choices: readonly ChatChoice[],
  usage: CompletionUsage,
): ChatCompletion {
  return {
    id: meta.id,
    object: "chat.completion",
    created: meta.created,
    model: meta.model,
    choices: choices.map((choice) => ({
      index: choice.index,
      message: {
        role: "assistant",
        content: choice.content,
        refusal: null,
        ...(choice.reasoning ? { reasoning_content: choice.reasoning } : {}),
        ...(choice.toolCalls.length ? { tool_calls: [...choice.toolCalls] } : {}),
      },
      logprobs: null,
      finish_reason: choice.finishReason,
    })),
    usage,
  };
}
