import type { FinishReason } from "./chat-choice.ts";
import type { CompletionUsage } from "./completion-usage.ts";
import type { ChatChunkMeta, ChatDelta } from "./to-chat-completion-chunk.ts";

/**
 * `chat.completion.chunk` events as SSE text (`data: …\n\n`), byte for byte `sseEvent(toChatCompletionChunk(…))`,
 * with the fixed head of a chunk serialized once per stream: the hot path of every streamed chat reply.
 */
export class ChatChunkSse {
  readonly #meta: ChatChunkMeta;
  readonly #head: string;
  readonly #tail: string;

  constructor(meta: ChatChunkMeta) {
    this.#meta = meta;
    this.#head = `data: {"id":${JSON.stringify(meta.id)},"object":"chat.completion.chunk","created":${meta.created},"model":${JSON.stringify(meta.model)},"choices":[{"index":`;
    this.#tail = meta.includeUsage ? `,"usage":null}\n\n` : "}\n\n";
  }

  /** A choice's first chunk: `{role: "assistant", content: ""}`. */
  role(choice: number): string {
    return `${this.#head}${choice},"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]${this.#tail}`;
  }

  /** A chunk with one choice's delta, and its finish reason on its last chunk. */
  chunk(choice: number, delta: ChatDelta, finish: FinishReason | null = null): string {
    const reason = finish === null ? "null" : `"${finish}"`;
    return `${this.#head}${choice},"delta":${JSON.stringify(delta)},"logprobs":null,"finish_reason":${reason}}]${this.#tail}`;
  }

  /** A text piece: the cheapest chunk, the one a stream is mostly made of. */
  content(choice: number, text: string): string {
    return `${this.#head}${choice},"delta":{"content":${JSON.stringify(text)}},"logprobs":null,"finish_reason":null}]${this.#tail}`;
  }

  /** A reasoning piece (`reasoning_content`), the hot path of a thinking model's stream. */
  reasoning(choice: number, text: string): string {
    return `${this.#head}${choice},"delta":{"reasoning_content":${JSON.stringify(text)}},"logprobs":null,"finish_reason":null}]${this.#tail}`;
  }

  /** A choice's last chunk: an empty delta and the finish reason. */
  finish(choice: number, reason: FinishReason): string {
    return `${this.#head}${choice},"delta":{},"logprobs":null,"finish_reason":"${reason}"}]${this.#tail}`;
  }

  /** The `include_usage` chunk (`choices: []`); "" when the client did not ask for it. */
  usage(usage: CompletionUsage): string {
    if (!this.#meta.includeUsage) return "";
    const { id, created, model } = this.#meta;
    return `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [], usage })}\n\n`;
  }
}
