import type { ChatChoice } from "@wai/core";
import type { ChatCompletionMessageToolCall } from "../schemas/chat-completion-create-params.ts";

/** One answer of a model, whatever shape Workers AI gave it in; written by `@wai/core`'s `toChatCompletion`. */
export interface GeneratedChoice extends ChatChoice {
  toolCalls: ChatCompletionMessageToolCall[];
}

export interface Generation {
  choices: GeneratedChoice[];
  /** Upstream's usage object, when it sent one. */
  usage?: unknown;
}
