import { type CompletionUsage, type FinishReason, splitText } from "@wai/core";
import { OpenAiSseWriter } from "./openai-sse-writer.ts";

export interface TextStreamMeta {
  id: string;
  created: number;
  model: string;
  includeUsage: boolean;
}

/** Legacy completions' stream: `text_completion` objects with partial `text` (reference §4.3). */
export class TextStreamWriter extends OpenAiSseWriter {
  readonly #meta: TextStreamMeta;
  readonly #head: string;
  readonly #usageNull: string;

  constructor(meta: TextStreamMeta) {
    super(meta.includeUsage);
    this.#meta = meta;
    this.#head = `data: {"id":${JSON.stringify(meta.id)},"object":"text_completion","created":${meta.created},"model":${JSON.stringify(meta.model)},"choices":[{"text":`;
    this.#usageNull = meta.includeUsage ? `,"usage":null` : "";
  }

  start(): string {
    return "";
  }

  text(choice: number, text: string): string {
    let out = "";
    for (const piece of splitText(text)) out += this.#chunk(choice, piece, null);
    return out;
  }

  /** Only text: reasoning and tool calls have no place in a text completion. */
  reasoning(): string {
    return "";
  }

  toolCall(): string {
    return "";
  }

  protected finishChunk(choice: number, reason: FinishReason): string {
    return this.#chunk(choice, "", reason);
  }

  protected usageChunk(usage: CompletionUsage): string {
    const { id, created, model } = this.#meta;
    return `data: ${JSON.stringify({ id, object: "text_completion", created, model, choices: [], usage })}\n\n`;
  }

  #chunk(choice: number, text: string, finish: FinishReason | null): string {
    const reason = finish === null ? "null" : `"${finish === "tool_calls" ? "stop" : finish}"`;
    return `${this.#head}${JSON.stringify(text)},"index":${choice},"logprobs":null,"finish_reason":${reason}}]${this.#usageNull}}\n\n`;
  }
}
