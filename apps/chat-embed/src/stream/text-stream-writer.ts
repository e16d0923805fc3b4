import { type ChatDelta, type CompletionUsage, type FinishReason, splitText } from "@wai/core";
import type { StreamDelta } from "./stream-delta.ts";
import { type StreamMeta, StreamWriter } from "./stream-writer.ts";

/** Legacy completions' stream: `text_completion` objects with partial `text` (reference §4.3). */
export class TextStreamWriter extends StreamWriter {
  readonly #head: string;

  constructor(meta: StreamMeta) {
    super(meta);
    this.#head = `data: {"id":${JSON.stringify(meta.id)},"object":"text_completion","created":${meta.created},"model":${JSON.stringify(meta.model)},"choices":[{"text":`;
  }

  start(): string {
    return "";
  }

  protected chunk(choice: number, delta: ChatDelta, finish: FinishReason | null): string {
    const text = typeof delta.content === "string" ? delta.content : "";
    const reason = finish === null ? "null" : `"${finish === "tool_calls" ? "stop" : finish}"`;
    const usage = this.meta.includeUsage ? `,"usage":null` : "";
    return `${this.#head}${JSON.stringify(text)},"index":${choice},"logprobs":null,"finish_reason":${reason}}]${usage}}\n\n`;
  }

  protected usageChunk(usage: CompletionUsage): string {
    const { id, created, model } = this.meta;
    return `data: ${JSON.stringify({ id, object: "text_completion", created, model, choices: [], usage })}\n\n`;
  }

  /** Only text: reasoning and tool calls have no place in a text completion. */
  protected delta(delta: Exclude<StreamDelta, { type: "usage" | "finish" }>): string {
    if (delta.type !== "content") return "";
    let out = "";
    for (const piece of splitText(delta.text)) out += this.chunk(delta.choice, { content: piece }, null);
    return out;
  }
}
