import { type CompletionUsage, type FinishReason, tokenWeight } from "@wai/core";
import type { ChatEvent } from "../chat/chat-event.ts";
import type { Message, StopReason } from "./message.ts";
import { StopSequenceMatcher } from "./stop-sequence-matcher.ts";
import { toAnthropicUsage } from "./to-anthropic-usage.ts";
import { toStopReason } from "./to-stop-reason.ts";

export interface MessageStreamMeta {
  id: string;
  /** The Workers AI id of the model that serves the request. */
  model: string;
  /** Estimated prompt tokens, for `message_start` (the final usage has upstream's count). */
  promptTokens: number;
  stopSequences?: readonly string[];
}

type Block = { kind: "text" | "thinking" } | { kind: "tool"; call: number };

/**
 * Normalized chat events as Anthropic's stream (`RawMessageStreamEvent`): `message_start` and a `ping`, then
 * each block opened with `content_block_start`, filled by `content_block_delta` (`thinking_delta`, `text_delta`,
 * `input_json_delta`) and closed with `content_block_stop`, one block at a time, then `message_delta` with the
 * stop reason and usage and `message_stop`. An upstream failure closes the open block and sends an `error`
 * event. Only the first choice is written (Messages has no `n`).
 */
export class MessageStreamWriter {
  readonly #meta: MessageStreamMeta;
  readonly #stops: StopSequenceMatcher;
  readonly #toolBlocks = new Map<number, number>();
  #open: Block | undefined;
  #next = 0;
  #finish: FinishReason = "stop";
  #usage: CompletionUsage | undefined;
  /** Estimated tokens written, for when the stream ends without usage (a stop sequence cut it short). */
  #weight = 0;

  constructor(meta: MessageStreamMeta) {
    this.#meta = meta;
    this.#stops = new StopSequenceMatcher(meta.stopSequences ?? []);
  }

  /** A stop sequence matched: the rest of the answer is not needed. */
  get cut(): boolean {
    return this.#stops.matched !== undefined;
  }

  start(): string {
    const message: Message = {
      id: this.#meta.id,
      type: "message",
      role: "assistant",
      model: this.#meta.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: {
        input_tokens: this.#meta.promptTokens,
        output_tokens: 1,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
      },
    };
    return event("message_start", { type: "message_start", message }) + event("ping", { type: "ping" });
  }

  write(chat: ChatEvent): string {
    if (chat.type === "usage") this.#usage = chat.usage;
    else if (chat.type === "error") return this.#close() + errorEvent("api_error", chat.message);
    else if (chat.choice !== 0 || this.cut) return "";
    else if (chat.type === "finish") this.#finish = chat.reason;
    else if (chat.type === "reasoning") {
      this.#weight += tokenWeight(chat.text);
      return this.#delta({ kind: "thinking" }, chat.text);
    } else if (chat.type === "text") {
      this.#weight += tokenWeight(chat.text);
      const text = this.#stops.push(chat.text);
      return text === "" ? "" : this.#delta({ kind: "text" }, text);
    } else {
      this.#weight += tokenWeight(chat.arguments) + tokenWeight(chat.name ?? "");
      return this.#tool(chat);
    }
    return "";
  }

  /** The held-back text, the last `content_block_stop`, `message_delta` and `message_stop`. */
  end(): string {
    const rest = this.#stops.flush();
    let out = rest === "" ? "" : this.#delta({ kind: "text" }, rest);
    out += this.#close();
    const matched = this.#toolBlocks.size > 0 ? undefined : this.#stops.matched;
    const stopReason: StopReason = matched === undefined ? toStopReason(this.#finish) : "stop_sequence";
    const usage = this.#usage ? toAnthropicUsage(this.#usage) : undefined;
    const delta = { stop_reason: stopReason, stop_sequence: matched ?? null };
    out += event("message_delta", {
      type: "message_delta",
      delta,
      usage: {
        output_tokens: usage?.output_tokens ?? Math.max(1, Math.ceil(this.#weight)),
        ...(usage ? { input_tokens: usage.input_tokens } : {}),
      },
    });
    return out + event("message_stop", { type: "message_stop" });
  }

  #tool(chat: Extract<ChatEvent, { type: "tool_call" }>): string {
    let out = "";
    let index = this.#toolBlocks.get(chat.index);
    if (index === undefined) {
      out += this.#close();
      index = this.#next++;
      this.#toolBlocks.set(chat.index, index);
      this.#open = { kind: "tool", call: chat.index };
      const block = { type: "tool_use", id: chat.id, name: chat.name, input: {} };
      out += event("content_block_start", { type: "content_block_start", index, content_block: block });
    }
    if (chat.arguments === "") return out;
    const delta = { type: "input_json_delta", partial_json: chat.arguments };
    return out + event("content_block_delta", { type: "content_block_delta", index, delta }); // by index, even if closed
  }

  /** A delta for a text or thinking block, opening it (and closing another) first when needed. */
  #delta(block: { kind: "text" | "thinking" }, text: string): string {
    const delta =
      block.kind === "text"
        ? `{"type":"text_delta","text":${JSON.stringify(text)}}`
        : `{"type":"thinking_delta","thinking":${JSON.stringify(text)}}`;
    let out = "";
    if (this.#open?.kind !== block.kind) {
      out += this.#close();
      this.#open = block;
      const content_block =
        block.kind === "text" ? { type: "text", text: "" } : { type: "thinking", thinking: "", signature: "" };
      out += event("content_block_start", { type: "content_block_start", index: this.#next++, content_block });
    }
    // The hot path, one per upstream token: written as text rather than through an object for JSON.stringify.
    const data = `{"type":"content_block_delta","index":${this.#next - 1},"delta":${delta}}`;
    return `${out}event: content_block_delta\ndata: ${data}\n\n`;
  }

  #close(): string {
    if (!this.#open) return "";
    this.#open = undefined;
    return event("content_block_stop", { type: "content_block_stop", index: this.#next - 1 });
  }
}

function event(name: string, data: object): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Anthropic's mid-stream `error` event. */
export function errorEvent(type: string, message: string): string {
  return event("error", { type: "error", error: { type, message } });
}
