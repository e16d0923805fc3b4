/** OpenAI's chat finish reasons (`function_call` is never produced here). */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter";

/** A tool call as OpenAI's `ChatCompletionMessageToolCall`. */
export interface ChatToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** One finished answer of a model, whichever worker made it: what a `chat.completion` choice is written from. */
export interface ChatChoice {
  index: number;
  content: string | null;
  /** Thinking text, sent as `reasoning_content`. */
  reasoning?: string;
  toolCalls: readonly ChatToolCall[];
  finishReason: FinishReason;
}
