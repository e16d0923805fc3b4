import { SSE_DONE, sseEvent } from "@wai/core";
import type { ChatAnswer } from "./to-chat-completion.ts";

/**
 * `stream: true`: for each choice a role chunk, one content chunk with the markdown image and a `stop` chunk;
 * then, when `stream_options.include_usage` is set, the spec's usage chunk (`choices: []`, and `usage: null` on
 * the others), then `data: [DONE]`. Every line is short (a URL, never a data URI), well under OneAPI's 64 KB.
 */
export function toChatChunks(answer: ChatAnswer, includeUsage: boolean): string {
  const { id, created, model } = answer;
  const chunk = (choices: unknown[], usage?: unknown) =>
    sseEvent({
      id,
      object: "chat.completion.chunk",
      created,
      model,
      choices,
      ...(includeUsage ? { usage: usage ?? null } : {}),
    });
  const choice = (index: number, delta: object, finish: "stop" | null) => ({
    index,
    delta,
    logprobs: null,
    finish_reason: finish,
  });
  let out = "";
  answer.contents.forEach((content, index) => {
    out += chunk([choice(index, { role: "assistant", content: "" }, null)]);
    out += chunk([choice(index, { content }, null)]);
    out += chunk([choice(index, {}, "stop")]);
  });
  if (includeUsage) out += chunk([], answer.usage);
  return out + SSE_DONE;
}
