import { newId } from "../new-id.ts";
import { splitText } from "./split-text.ts";
import type { StreamDelta } from "./stream-delta.ts";
import { type StreamMeta, StreamWriter } from "./stream-writer.ts";

/**
 * `chat.completion.chunk` events (reference §4.2): the same id and `created` on every chunk, `usage: null` on
 * each when `include_usage` is set, tool calls in OpenAI's indexed form (id, type and name on a call's first
 * fragment, then `arguments` pieces). The fixed head of a chunk is serialized once.
 */
export class ChatStreamWriter extends StreamWriter {
  readonly #head: string;
  readonly #tail: string;
  readonly #startedTools = new Set<string>();

  constructor(meta: StreamMeta) {
    super(meta);
    this.#head = `data: {"id":${JSON.stringify(meta.id)},"object":"chat.completion.chunk","created":${meta.created},"model":${JSON.stringify(meta.model)},"choices":[{"index":`;
    this.#tail = meta.includeUsage ? `,"usage":null}\n\n` : "}\n\n";
  }

  start(): string {
    return this.chunk(0, { role: "assistant", content: "" }, null);
  }

  protected chunk(choice: number, delta: Record<string, unknown>, finish: string | null): string {
    const reason = finish === null ? "null" : `"${finish}"`;
    return `${this.#head}${choice},"delta":${JSON.stringify(delta)},"logprobs":null,"finish_reason":${reason}}]${this.#tail}`;
  }

  protected usageChunk(usage: unknown): string {
    const { id, created, model } = this.meta;
    return `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [], usage })}\n\n`;
  }

  protected delta(delta: Exclude<StreamDelta, { type: "usage" | "finish" }>): string {
    if (delta.type === "content") return this.#pieces(delta.choice, "content", delta.text);
    if (delta.type === "reasoning") return this.#pieces(delta.choice, "reasoning_content", delta.text);
    const key = `${delta.choice}:${delta.index}`;
    const pieces = delta.arguments ? splitText(delta.arguments) : [];
    let out = "";
    if (!this.#startedTools.has(key)) {
      if (delta.name === undefined) return ""; // a fragment before its call's name: nothing to attach it to
      this.#startedTools.add(key);
      const first = { index: delta.index, id: delta.id ?? newId("call_"), type: "function" };
      const fn = { name: delta.name, arguments: pieces.shift() ?? "" };
      out += this.chunk(delta.choice, { tool_calls: [{ ...first, function: fn }] }, null);
    }
    for (const piece of pieces)
      out += this.chunk(delta.choice, { tool_calls: [{ index: delta.index, function: { arguments: piece } }] }, null);
    return out;
  }

  #pieces(choice: number, key: string, text: string): string {
    let out = "";
    for (const piece of splitText(text)) out += this.chunk(choice, { [key]: piece }, null);
    return out;
  }
}
