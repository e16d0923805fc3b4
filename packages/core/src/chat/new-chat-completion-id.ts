import { newId } from "./new-id.ts";

/**
 * A `chat.completion` id in OpenAI's shape: `chatcmpl-` and 29 letters and digits
 * (`chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT`). Every chunk of a stream carries the same id.
 */
export function newChatCompletionId(): string {
  return newId("chatcmpl-", 29);
}
