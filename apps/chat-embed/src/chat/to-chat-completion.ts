import type { Generation } from "./generation.ts";
import { type CompletionUsage, toUsage } from "./usage.ts";

export interface ResponseMeta {
  id: string;
  /** Unix seconds. */
  created: number;
  /** The model as the client named it. */
  model: string;
  /** Estimated prompt tokens, used when upstream reports no usage. */
  promptTokens: number;
}

/** OpenAI's `chat.completion` (reference §4.2): every required key present, `refusal` and `logprobs` null. */
export function toChatCompletion(generation: Generation, meta: ResponseMeta) {
  return {
    id: meta.id,
    object: "chat.completion" as const,
    created: meta.created,
    model: meta.model,
    choices: generation.choices.map((choice) => ({
      index: choice.index,
      message: {
        role: "assistant" as const,
        content: choice.content,
        refusal: null,
        ...(choice.reasoning ? { reasoning_content: choice.reasoning } : {}),
        ...(choice.toolCalls.length ? { tool_calls: choice.toolCalls } : {}),
      },
      logprobs: null,
      finish_reason: choice.finishReason,
    })),
    usage: usageOf(generation, meta),
  };
}

/** Upstream usage, or an estimate from the texts (never zero for a non-empty exchange). */
export function usageOf(generation: Generation, meta: ResponseMeta): CompletionUsage {
  let chars = 0;
  for (const c of generation.choices) {
    chars += (c.content?.length ?? 0) + (c.reasoning?.length ?? 0);
    for (const call of c.toolCalls) chars += call.function.name.length + call.function.arguments.length;
  }
  return toUsage(generation.usage, { prompt: meta.promptTokens, completion: Math.max(1, Math.ceil(chars / 4)) });
}
