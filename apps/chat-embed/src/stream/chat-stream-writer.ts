import {
  ChatChunkSse,
  type ChatDelta,
  type CompletionUsage,
  type FinishReason,
  MAX_DELTA_UNITS,
  newId,
  splitText,
} from "@wai/core";
import type { StreamDelta } from "./stream-delta.ts";
import { type StreamMeta, StreamWriter } from "./stream-writer.ts";

/**
 * `chat.completion.chunk` events (reference §4.2), written by `@wai/core`'s `ChatChunkSse`: the same id and
 * `created` on every chunk, `usage: null` on each when `include_usage` is set, tool calls in OpenAI's indexed form
 * (id, type and name on a call's first fragment, then `arguments` pieces).
 */
export class ChatStreamWriter extends StreamWriter {
  readonly #sse: ChatChunkSse;
  readonly #startedTools = new Set<string>();

  constructor(meta: StreamMeta) {
    super(meta);
    this.#sse = new ChatChunkSse(meta);
  }

  start(): string {
    return this.#sse.role(0);
  }

  protected chunk(choice: number, delta: ChatDelta, finish: FinishReason | null): string {
    return this.#sse.chunk(choice, delta, finish);
  }

  protected usageChunk(usage: CompletionUsage): string {
    return this.#sse.usage(usage);
  }

  protected delta(delta: Exclude<StreamDelta, { type: "usage" | "finish" }>): string {
    if (delta.type === "content") {
      if (delta.text.length <= MAX_DELTA_UNITS) return this.#sse.content(delta.choice, delta.text); // no array
      let out = "";
      for (const piece of splitText(delta.text)) out += this.#sse.content(delta.choice, piece);
      return out;
    }
    if (delta.type === "reasoning") {
      let out = "";
      for (const piece of splitText(delta.text)) out += this.#sse.chunk(delta.choice, { reasoning_content: piece });
      return out;
    }
    const key = `${delta.choice}:${delta.index}`;
    const pieces = delta.arguments ? splitText(delta.arguments) : [];
    let out = "";
    if (!this.#startedTools.has(key)) {
      if (delta.name === undefined) return ""; // a fragment before its call's name: nothing to attach it to
      this.#startedTools.add(key);
      const first = { index: delta.index, id: delta.id ?? newId("call_"), type: "function" as const };
      const fn = { name: delta.name, arguments: pieces.shift() ?? "" };
      out += this.#sse.chunk(delta.choice, { tool_calls: [{ ...first, function: fn }] });
    }
    for (const piece of pieces)
      out += this.#sse.chunk(delta.choice, { tool_calls: [{ index: delta.index, function: { arguments: piece } }] });
    return out;
  }
}
