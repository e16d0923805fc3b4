import { type ChatDelta, type CompletionUsage, type FinishReason, newId } from "@wai/core";
import type { ChatEvent } from "../chat/chat-event.ts";
import type { StreamDelta } from "./stream-delta.ts";
import { type StreamMeta, StreamWriter } from "./stream-writer.ts";

/**
 * The `StreamWriter` whose output is normalized `ChatEvent`s rather than SSE text: the same thinking split,
 * stop sequences, token tally, finish reasons and usage as chat completions' stream, for the protocols that
 * write their own events (Responses, Messages). Its string results are always ""; `take()` hands over the
 * events written since the last call.
 */
export class ChatEventWriter extends StreamWriter {
  #events: ChatEvent[] = [];
  readonly #startedTools = new Set<string>();

  constructor(meta: Omit<StreamMeta, "includeUsage">) {
    super({ ...meta, includeUsage: true });
  }

  /** The events written since the last call. */
  take(): ChatEvent[] {
    const events = this.#events;
    this.#events = [];
    return events;
  }

  get pending(): boolean {
    return this.#events.length > 0;
  }

  start(): string {
    return "";
  }

  override end(): string {
    super.end();
    return "";
  }

  override fail(message: string): string {
    this.#events.push({ type: "error", message });
    return "";
  }

  /** Only called by `end()`, with an empty delta and the choice's finish reason. */
  protected chunk(choice: number, _delta: ChatDelta, finish: FinishReason | null): string {
    if (finish !== null) this.#events.push({ type: "finish", choice, reason: finish });
    return "";
  }

  protected usageChunk(usage: CompletionUsage): string {
    this.#events.push({ type: "usage", usage });
    return "";
  }

  protected delta(delta: Exclude<StreamDelta, { type: "usage" | "finish" }>): string {
    if (delta.type === "content") this.#events.push({ type: "text", choice: delta.choice, text: delta.text });
    else if (delta.type === "reasoning")
      this.#events.push({ type: "reasoning", choice: delta.choice, text: delta.text });
    else {
      const key = `${delta.choice}:${delta.index}`;
      const args = delta.arguments ?? "";
      if (this.#startedTools.has(key)) {
        if (args !== "")
          this.#events.push({ type: "tool_call", choice: delta.choice, index: delta.index, arguments: args });
      } else if (delta.name !== undefined) {
        this.#startedTools.add(key);
        const id = delta.id ?? newId("call_");
        this.#events.push({
          type: "tool_call",
          choice: delta.choice,
          index: delta.index,
          id,
          name: delta.name,
          arguments: args,
        });
      } // a fragment before its call's name: nothing to attach it to
    }
    return "";
  }
}
