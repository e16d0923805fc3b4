import type { ChatCompletionMessageToolCall } from "../schemas/chat-completion-create-params.ts";
import type { FinishReason } from "./to-finish-reason.ts";

/** One answer of a model, whatever shape Workers AI gave it in; mapped from there to OpenAI's objects. */
export interface GeneratedChoice {
  index: number;
  content: string | null;
  /** Thinking text (`reasoning_content`), for reasoning models. */
  reasoning?: string;
  toolCalls: ChatCompletionMessageToolCall[];
  finishReason: FinishReason;
}

export interface Generation {
  choices: GeneratedChoice[];
  /** Upstream's usage object, when it sent one. */
  usage?: unknown;
}
