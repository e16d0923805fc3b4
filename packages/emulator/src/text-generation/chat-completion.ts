import { hashString, hex8 } from "../hash.ts";
import type { TextGenerationModel as Model } from "../model.ts";
import type { Answer, AnswerToolCall } from "./answer.ts";
import { chatToolCallId } from "./tool-call-id.ts";

/** `chatcmpl-` and 16 hex digits, the same for the same input. */
export function completionId(answer: Answer, prefix = "chatcmpl-"): string {
  return `${prefix}${hex8(answer.seed)}${hex8(hashString("id", answer.seed))}`;
}

/**
 * The OpenAI `chat.completion` object chat-completion models return through `run` (glm-4.7-flash, kimi, gpt-oss
 * messages mode; reference §2.1.3): `reasoning_content` for reasoning models, `tool_calls` with `arguments` as a
 * JSON string (content null then), usage with `prompt_tokens_details` and `completion_tokens_details`.
 */
export function toChatCompletion(model: Model, answers: Answer[], created: number): Record<string, unknown> {
  const first = answers[0] as Answer;
  return {
    id: completionId(first),
    object: "chat.completion",
    created,
    model: model.id,
    choices: answers.map((answer, index) => ({
      index,
      message: {
        role: "assistant",
        content: answer.toolCalls.length ? null : answer.text,
        refusal: null,
        ...(answer.reasoning ? { reasoning_content: answer.reasoning } : {}),
        ...(answer.toolCalls.length ? { tool_calls: answer.toolCalls.map(toChatToolCall) } : {}),
      },
      logprobs: null,
      finish_reason: answer.finish,
    })),
    usage: chatUsage(answers),
  };
}

/** `prompt` sent to a chat-completion-output model (qwen3-30b-a3b): a `text_completion` object. */
export function toTextCompletion(model: Model, answers: Answer[], created: number): Record<string, unknown> {
  const first = answers[0] as Answer;
  return {
    id: completionId(first, "cmpl-"),
    object: "text_completion",
    created,
    model: model.id,
    choices: answers.map((answer, index) => ({
      index,
      text: answer.text,
      logprobs: null,
      finish_reason: answer.finish,
    })),
    usage: chatUsage(answers),
  };
}

export function toChatToolCall(call: AnswerToolCall): Record<string, unknown> {
  return {
    id: chatToolCallId(call.seed),
    type: "function",
    function: { name: call.name, arguments: JSON.stringify(call.arguments) },
  };
}

export function chatUsage(answers: Answer[]): Record<string, unknown> {
  const prompt = answers[0]?.usage.prompt_tokens ?? 0;
  const completion = answers.reduce((n, a) => n + a.usage.completion_tokens, 0);
  const reasoning = answers.reduce((n, a) => n + Math.ceil((a.reasoning ?? "").length / 4), 0);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: reasoning },
  };
}
