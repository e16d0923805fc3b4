import {
  type ChatChoice,
  type ChatReplyMeta,
  type CompletionUsage,
  estimateCompletionTokens,
  estimateTokens,
  newChatCompletionId,
  toUsage,
} from "@wai/core";

/** An image answer on the chat route: one markdown image per choice, written as a completion or as chunks. */
export interface ChatAnswer {
  meta: ChatReplyMeta;
  choices: ChatChoice[];
  usage: CompletionUsage;
}

/**
 * The answer both shapes are built from: a fresh `chatcmpl-` id, the time, the Workers AI model id, and usage
 * estimated as for any chat answer (image models count no tokens, but gateways bill and display by `usage`).
 */
export function toChatAnswer(model: string, prompt: string, contents: readonly string[]): ChatAnswer {
  const choices = contents.map(
    (content, index): ChatChoice => ({ index, content, toolCalls: [], finishReason: "stop" }),
  );
  return {
    meta: { id: newChatCompletionId(), created: Math.floor(Date.now() / 1000), model },
    choices,
    usage: toUsage(undefined, { prompt: estimateTokens(prompt), completion: estimateCompletionTokens(choices) }),
  };
}
