import { type ChatDelta, type CompletionUsage, type FinishReason, SSE_DONE, tokenWeight, toUsage } from "@wai/core";
import { StopMatcher } from "../chat/stop-matcher.ts";
import { type SplitText, ThinkSplitter } from "../chat/think-splitter.ts";
import { toFinishReason } from "../chat/to-finish-reason.ts";
import type { StreamDelta } from "./stream-delta.ts";

export interface StreamMeta {
  id: string;
  created: number;
  /** The Workers AI id of the model that served the request. */
  model: string;
  includeUsage: boolean;
  /** Estimated prompt tokens, for when upstream reports no usage. */
  promptTokens: number;
  /** The `max_tokens` sent: a stream with no finish reason that used them all stopped for `length`. */
  maxTokens: number;
  /** Stop sequences to apply to the content here (upstream does not). */
  stop?: string | readonly string[];
  /** Move `<think>…</think>` from the content to reasoning deltas. */
  thinkTags?: boolean;
}

/**
 * Turns deltas into OpenAI's SSE text: the first chunk carries the role, each delta is forwarded as it comes,
 * then one final chunk per choice with its finish reason, the `include_usage` chunk (`choices: []`), and
 * `[DONE]`. Subclasses say how one chunk looks (`chat.completion.chunk` or `text_completion`).
 */
export abstract class StreamWriter {
  protected readonly meta: StreamMeta;
  readonly #finish = new Map<number, unknown>();
  readonly #calledTools = new Set<number>();
  readonly #stops = new Map<number, StopMatcher>();
  readonly #thinking = new Map<number, ThinkSplitter>();
  #usage: unknown;
  /** Estimated tokens streamed so far (`tokenWeight` of every piece), for when upstream reports no usage. */
  #weight = 0;

  constructor(meta: StreamMeta) {
    this.meta = meta;
  }

  /** One chunk as a `data: ` event; `delta` is the chat delta, from which text writers take the text. */
  protected abstract chunk(choice: number, delta: ChatDelta, finish: FinishReason | null): string;
  protected abstract usageChunk(usage: CompletionUsage): string;

  /** What goes out before any upstream event. */
  abstract start(): string;

  /** SSE text for one delta ("" when it only updates the tally). */
  write(delta: StreamDelta): string {
    if (delta.type === "content" && this.meta.thinkTags) {
      const split = this.#splitterFor(delta.choice).push(delta.text);
      return this.#writeSplit(delta.choice, split);
    }
    return this.#write(delta);
  }

  #write(delta: StreamDelta): string {
    if (delta.type === "content" && this.meta.stop) {
      const text = this.#stopFor(delta.choice).push(delta.text);
      if (text === "") return "";
      delta = { ...delta, text };
    }
    if (delta.type === "usage") this.#usage = delta.usage;
    else if (delta.type === "finish") this.#finish.set(delta.choice, delta.reason);
    else {
      if (!this.#finish.has(delta.choice)) this.#finish.set(delta.choice, undefined);
      if (delta.type === "tool_call") this.#calledTools.add(delta.choice);
      this.#weight +=
        delta.type === "tool_call"
          ? tokenWeight(delta.name ?? "") + tokenWeight(delta.arguments ?? "")
          : tokenWeight(delta.text);
      return this.delta(delta);
    }
    return "";
  }

  protected abstract delta(delta: Exclude<StreamDelta, { type: "usage" | "finish" }>): string;

  /** Every choice hit a stop sequence: the rest of the upstream stream is not needed. */
  get cut(): boolean {
    if (!this.meta.stop || this.#stops.size === 0) return false;
    for (const matcher of this.#stops.values()) if (!matcher.stopped) return false;
    return true;
  }

  /** Whether upstream said why it stopped (a stream without `[DONE]` is complete only then). */
  get finished(): boolean {
    for (const reason of this.#finish.values()) if (reason != null) return true;
    return false;
  }

  /** The closing events: finish chunks, the usage chunk when asked for, `[DONE]`. */
  end(): string {
    if (this.#finish.size === 0) this.#finish.set(0, undefined);
    const usage = toUsage(this.#usage, {
      prompt: this.meta.promptTokens,
      completion: Math.max(1, Math.ceil(this.#weight)),
    });
    let out = "";
    for (const [choice, reason] of [...this.#finish].sort((a, b) => a[0] - b[0])) {
      const hitLimit = reason == null && usage.completion_tokens >= this.meta.maxTokens;
      out += this.chunk(
        choice,
        {},
        toFinishReason(reason ?? (hitLimit ? "length" : "stop"), this.#calledTools.has(choice)),
      );
    }
    if (this.meta.includeUsage) out += this.usageChunk(usage);
    return out + SSE_DONE;
  }

  #writeSplit(choice: number, { reasoning, content }: SplitText): string {
    let out = "";
    if (reasoning) out += this.#write({ type: "reasoning", choice, text: reasoning });
    if (content) out += this.#write({ type: "content", choice, text: content });
    return out;
  }

  #splitterFor(choice: number): ThinkSplitter {
    let splitter = this.#thinking.get(choice);
    if (!splitter) {
      splitter = new ThinkSplitter();
      this.#thinking.set(choice, splitter);
    }
    return splitter;
  }

  #stopFor(choice: number): StopMatcher {
    let matcher = this.#stops.get(choice);
    if (!matcher) {
      matcher = new StopMatcher(this.meta.stop ?? []);
      this.#stops.set(choice, matcher);
    }
    return matcher;
  }

  /**
   * An upstream failure mid-stream, visible through gateways: OneAPI forwards only chunks with `choices` (or
   * `usage`) and writes its own `[DONE]`, so an error-only chunk would vanish and the cut answer would look
   * complete. Each choice's last chunk therefore carries `finish_reason: "length"` (the spec's value for an
   * answer cut short, which every client's enum knows; strict clients reject unknown values such as `error`)
   * and, beside `choices`, the error in OpenAI's envelope (the OpenAI SDKs throw an `APIError` on it). Then the
   * usage chunk when asked for (what was streamed is billed, no more), then `[DONE]`: never a hang.
   */
  fail(message: string): string {
    const error = JSON.stringify({ message, type: "upstream_error", param: null, code: "stream_interrupted" });
    if (this.#finish.size === 0) this.#finish.set(0, undefined);
    let out = "";
    for (const choice of [...this.#finish.keys()].sort((a, b) => a - b)) {
      const chunk = this.chunk(choice, {}, "length");
      out += `${chunk.slice(0, -3)},"error":${error}}\n\n`; // the chunk object closes with `}\n\n`
    }
    if (this.meta.includeUsage) {
      out += this.usageChunk(
        toUsage(this.#usage, { prompt: this.meta.promptTokens, completion: Math.max(1, Math.ceil(this.#weight)) }),
      );
    }
    return out + SSE_DONE;
  }
}
