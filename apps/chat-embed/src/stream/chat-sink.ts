import type { CompletionUsage, FinishReason } from "@wai/core";

/**
 * A protocol's stream writer (chat completions, text completions, Responses, Messages): the engine
 * (`StreamWriter`) calls it once per normalized piece of the answer and sends what it returns, so each
 * protocol's stream is one pass over the upstream with no event objects in between. Thinking tags are already
 * split out and `stop` applied; tool calls are numbered per choice, a call's first piece carries its `id` and
 * `name`, and pieces before a call's name are dropped. Each method returns the SSE text to send ("" for none).
 */
export interface ChatSink {
  /** What goes out before any upstream event. */
  start(): string;
  text(choice: number, text: string): string;
  reasoning(choice: number, text: string): string;
  /** A piece of a tool call's arguments; `first` on the call's first piece. */
  toolCall(choice: number, index: number, args: string, first?: { id: string; name: string }): string;
  /** The normal end: each choice's finish reason in choice order, the usage (upstream's or estimated). */
  end(finishes: readonly (readonly [number, FinishReason])[], usage: CompletionUsage): string;
  /** An upstream failure mid-stream: the choices seen (in order, at least 0) and the usage so far. */
  fail(message: string, choices: readonly number[], usage: CompletionUsage): string;
  /** A stop the protocol applies itself (Messages' `stop_sequences`) matched: the rest is not needed. */
  readonly cut?: boolean;
}
