import { ChatChunkSse, SSE_DONE } from "@wai/core";
import type { ChatAnswer } from "./to-chat-answer.ts";

/**
 * `stream: true`, written by `@wai/core`'s `ChatChunkSse`: for each choice a role chunk, one content chunk with
 * the markdown image and a `stop` chunk; then, when `stream_options.include_usage` is set, the usage chunk
 * (`choices: []`, and `usage: null` on the others), then `data: [DONE]`. Every line is short (a URL, never a
 * data URI), well under OneAPI's 64 KB.
 */
export function toChatChunks(answer: ChatAnswer, includeUsage: boolean): string {
  const sse = new ChatChunkSse({ ...answer.meta, includeUsage });
  let out = "";
  for (const choice of answer.choices) {
    out += sse.role(choice.index);
    out += sse.content(choice.index, choice.content ?? "");
    out += sse.finish(choice.index, choice.finishReason);
  }
  return out + sse.usage(answer.usage) + SSE_DONE;
}
