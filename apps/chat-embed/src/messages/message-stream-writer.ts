import { type CompletionUsage, type FinishReason, tokenWeight } from "@wai/core";
import { StopMatcher } from "../chat/stop-matcher.ts";
import type { ChatSink } from "../stream/chat-sink.ts";
import type { Message, StopReason } from "./message.ts";
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
 * Anthropic's stream (`RawMessageStreamEvent`), written from the shared engine's pieces (a `ChatSink`):
 * `message_start` and a `ping`, then each block opened with `content_block_start`, filled by `content_block_delta` (`thinking_delta`, `text_delta`,
 * `input_json_delta`) and closed with `content_block_stop`, one block at a time, then `message_delta` with the
 * stop reason and usage and `message_stop`. An upstream failure closes the open block and sends an `error`
 * event. Only the first choice is written (Messages has no `n`).
 */
export class MessageStreamWriter implements ChatSink {
  readonly #meta: MessageStreamMeta;
  readonly #stops: StopMatcher;
  readonly #toolBlocks = new Map<number, number>();
  #open: Block | undefined;
  #next = 0;
  /** Estimated tokens written, for when the stream ends without usage (a stop sequence cut it short). */
  #weight = 0;

  constructor(meta: MessageStreamMeta) {
    this.#meta = meta;
    this.#stops = new StopMatcher(meta.stopSequences ?? []);
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

  text(choice: number, text: string): string {
    if (choice !== 0 || this.cut) return "";
    this.#weight += tokenWeight(text);
    const kept = this.#stops.push(text);
    return kept === "" ? "" : this.#delta({ kind: "text" }, kept);
  }

  reasoning(choice: number, text: string): string {
    if (choice !== 0 || this.cut) return "";
    this.#weight += tokenWeight(text);
    return this.#delta({ kind: "thinking" }, text);
  }

  toolCall(choice: number, index: number, args: string, first?: { id: string; name: string }): string {
    if (choice !== 0 || this.cut) return "";
    this.#weight += tokenWeight(args) + tokenWeight(first?.name ?? "");
    return this.#tool(index, args, first);
  }

  /**
   * The held-back text, the last `content_block_stop`, `message_delta` and `message_stop`. The usage is the
   * engine's (upstream's count, else its estimate), unless a stop sequence cut the answer: then the tokens
   * written here are estimated.
   */
  end(finishes: readonly (readonly [number, FinishReason])[], usage: CompletionUsage): string {
    const rest = this.#stops.flush();
    let out = rest === "" ? "" : this.#delta({ kind: "text" }, rest);
    out += this.#close();
    const cut = this.cut;
    const matched = this.#toolBlocks.size > 0 ? undefined : this.#stops.matched;
    const finish = finishes.find(([choice]) => choice === 0)?.[1] ?? "stop";
    const stopReason: StopReason = matched === undefined ? toStopReason(finish) : "stop_sequence";
    const counted = cut ? undefined : toAnthropicUsage(usage);
    const delta = { stop_reason: stopReason, stop_sequence: matched ?? null };
    out += event("message_delta", {
      type: "message_delta",
      delta,
      usage: {
        output_tokens: counted?.output_tokens ?? Math.max(1, Math.ceil(this.#weight)),
        ...(counted ? { input_tokens: counted.input_tokens } : {}),
      },
    });
    return out + event("message_stop", { type: "message_stop" });
  }

  /** An upstream failure: the open block closed, then Anthropic's `error` event. */
  fail(message: string): string {
    return this.#close() + errorEvent("api_error", message);
  }

  #tool(call: number, args: string, first: { id: string; name: string } | undefined): string {
    let out = "";
    let index = this.#toolBlocks.get(call);
    if (index === undefined) {
      if (first === undefined) return ""; // the engine names every call on its first piece
      out += this.#close();
      index = this.#next++;
      this.#toolBlocks.set(call, index);
      this.#open = { kind: "tool", call };
      const block = { type: "tool_use", id: first.id, name: first.name, input: {} };
      out += event("content_block_start", { type: "content_block_start", index, content_block: block });
    }
    if (args === "") return out;
    const delta = { type: "input_json_delta", partial_json: args };
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
