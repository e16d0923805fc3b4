import {
  type ChatChunkMeta,
  ChatChunkSse,
  type CompletionUsage,
  type FinishReason,
  MAX_DELTA_UNITS,
  splitText,
} from "@wai/core";
import { OpenAiSseWriter } from "./openai-sse-writer.ts";

/**
 * `chat.completion.chunk` events (reference §4.2), written by `@wai/core`'s `ChatChunkSse`: the same id and
 * `created` on every chunk, `usage: null` on each when `include_usage` is set, tool calls in OpenAI's indexed form
 * (id, type and name on a call's first fragment, then `arguments` pieces).
 */
export class ChatStreamWriter extends OpenAiSseWriter {
  readonly #sse: ChatChunkSse;

  constructor(meta: ChatChunkMeta) {
    super(meta.includeUsage);
    this.#sse = new ChatChunkSse(meta);
  }

  start(): string {
    return this.#sse.role(0);
  }

  text(choice: number, text: string): string {
    if (text.length <= MAX_DELTA_UNITS) return this.#sse.content(choice, text); // no array
    let out = "";
    for (const piece of splitText(text)) out += this.#sse.content(choice, piece);
    return out;
  }

  reasoning(choice: number, text: string): string {
    if (text.length <= MAX_DELTA_UNITS) return this.#sse.reasoning(choice, text);
    let out = "";
    for (const piece of splitText(text)) out += this.#sse.reasoning(choice, piece);
    return out;
  }

  toolCall(choice: number, index: number, args: string, first?: { id: string; name: string }): string {
    const pieces = args ? splitText(args) : [];
    let out = "";
    if (first) {
      const fn = { name: first.name, arguments: pieces.shift() ?? "" };
      out += this.#sse.chunk(choice, { tool_calls: [{ index, id: first.id, type: "function", function: fn }] });
    }
    for (const piece of pieces)
      out += this.#sse.chunk(choice, { tool_calls: [{ index, function: { arguments: piece } }] });
    return out;
  }

  protected finishChunk(choice: number, reason: FinishReason): string {
    return this.#sse.finish(choice, reason);
  }

  protected usageChunk(usage: CompletionUsage): string {
    return this.#sse.usage(usage);
  }
}
