import type { TextGenerationModel as Model } from "../model.ts";
import { toTokens } from "../words.ts";
import type { Answer } from "./answer.ts";
import { chatUsage, completionId } from "./chat-completion.ts";
import { chatToolCallId, splitArguments } from "./tool-call-id.ts";

/**
 * `chat.completion.chunk` events (reference §1.5): the role first, `reasoning_content` then `content` deltas one
 * word each, tool calls in the indexed form (id, type and name first, then argument fragments), a finish chunk,
 * a `choices: []` usage chunk when `stream_options.include_usage` is set, and — as the platform does even after
 * OpenAI-shaped chunks — its own `{"response":"","usage":{…}}` event before `[DONE]`.
 */
export function chatCompletionChunks(model: Model, answer: Answer, created: number, includeUsage: boolean): unknown[] {
  const base = { id: completionId(answer), object: "chat.completion.chunk", created, model: model.id };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const events: unknown[] = [chunk({ role: "assistant", content: "" })];
  for (const token of toTokens(answer.reasoning ?? "")) events.push(chunk({ reasoning_content: token }));
  for (const token of toTokens(answer.text)) events.push(chunk({ content: token }));
  answer.toolCalls.forEach((call, index) => {
    const name = call.name;
    events.push(
      chunk({
        tool_calls: [{ index, id: chatToolCallId(call.seed), type: "function", function: { name, arguments: "" } }],
      }),
    );
    for (const fragment of splitArguments(JSON.stringify(call.arguments)))
      events.push(chunk({ tool_calls: [{ index, function: { arguments: fragment } }] }));
  });
  events.push(chunk({}, answer.finish));
  const usage = chatUsage([answer]);
  if (includeUsage) events.push({ ...base, choices: [], usage });
  events.push({
    response: "",
    usage: {
      prompt_tokens: usage.prompt_tokens,
      completion_tokens: usage.completion_tokens,
      total_tokens: usage.total_tokens,
    },
  });
  events.push("[DONE]");
  return events;
}
