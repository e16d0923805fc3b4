import { type CompletionUsage, type FinishReason, SSE_DONE } from "@wai/core";
import type { ChatSink } from "./chat-sink.ts";

/**
 * The ending OpenAI's two streams share (chat completions, legacy completions): one last chunk per choice with
 * its finish reason, the `include_usage` chunk (`choices: []`) when asked for, and `[DONE]`. Subclasses say how
 * a chunk looks.
 */
export abstract class OpenAiSseWriter implements ChatSink {
  readonly #includeUsage: boolean;

  constructor(includeUsage: boolean) {
    this.#includeUsage = includeUsage;
  }

  abstract start(): string;
  abstract text(choice: number, text: string): string;
  abstract reasoning(choice: number, text: string): string;
  abstract toolCall(choice: number, index: number, args: string, first?: { id: string; name: string }): string;
  /** A choice's last chunk: an empty delta and the finish reason, as a `data: …\n\n` event. */
  protected abstract finishChunk(choice: number, reason: FinishReason): string;
  protected abstract usageChunk(usage: CompletionUsage): string;

  end(finishes: readonly (readonly [number, FinishReason])[], usage: CompletionUsage): string {
    let out = "";
    for (const [choice, reason] of finishes) out += this.finishChunk(choice, reason);
    if (this.#includeUsage) out += this.usageChunk(usage);
    return out + SSE_DONE;
  }

  /**
   * An upstream failure mid-stream, visible through gateways: OneAPI forwards only chunks with `choices` (or
   * `usage`) and writes its own `[DONE]`, so an error-only chunk would vanish and the cut answer would look
   * complete. Each choice's last chunk therefore carries `finish_reason: "length"` (the spec's value for an
   * answer cut short, which every client's enum knows; strict clients reject unknown values such as `error`)
   * and, beside `choices`, the error in OpenAI's envelope (the OpenAI SDKs throw an `APIError` on it). Then the
   * usage chunk when asked for (what was streamed is billed, no more), then `[DONE]`: never a hang.
   */
  fail(message: string, choices: readonly number[], usage: CompletionUsage): string {
    const error = JSON.stringify({ message, type: "upstream_error", param: null, code: "stream_interrupted" });
    let out = "";
    for (const choice of choices) {
      const chunk = this.finishChunk(choice, "length");
      out += `${chunk.slice(0, -3)},"error":${error}}\n\n`; // the chunk object closes with `}\n\n`
    }
    if (this.#includeUsage) out += this.usageChunk(usage);
    return out + SSE_DONE;
  }
}
