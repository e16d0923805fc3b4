import type { ChatReplyMeta } from "@wai/core";
import type { Generation } from "./generation.ts";
import { usageOf } from "./usage-of.ts";

/** OpenAI's legacy `text_completion` (reference §4.3); one choice per prompt, in the prompts' order. */
export function toTextCompletion(generation: Generation, meta: ChatReplyMeta & { promptTokens: number }) {
  return {
    id: meta.id,
    object: "text_completion" as const,
    created: meta.created,
    model: meta.model,
    choices: generation.choices.map((choice) => ({
      text: choice.content ?? "",
      index: choice.index,
      logprobs: null,
      finish_reason: choice.finishReason === "tool_calls" ? "stop" : choice.finishReason,
    })),
    usage: usageOf(generation, meta.promptTokens),
  };
}
