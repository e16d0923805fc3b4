import { type CompletionUsage, type FinishReason, newId, tokenWeight, toUsage } from "@wai/core";
import { StopMatcher } from "../chat/stop-matcher.ts";
import { ThinkSplitter } from "../chat/think-splitter.ts";
import { toFinishReason } from "../chat/to-finish-reason.ts";
import type { ChatSink } from "./chat-sink.ts";
import type { StreamDelta } from "./stream-delta.ts";

/** What the engine needs of a request's plan (`ChatPlan`). */
export interface StreamPlan {
  /** Estimated prompt tokens, for when upstream reports no usage. */
  promptTokens: number;
  /** The `max_tokens` sent: a stream with no finish reason that used them all stopped for `length`. */
  maxTokens: number;
  /** Stop sequences to apply to the content here (upstream does not). */
  stop?: string | readonly string[];
  /** Move `<think>…</think>` from the content to reasoning. */
  thinkTags?: boolean;
}

/**
 * The streaming engine every chat protocol shares: takes upstream's deltas, splits out `<think>` reasoning,
 * applies stop sequences, numbers and names tool calls, tallies tokens, and at the end works out each choice's
 * finish reason and the usage; it hands every piece straight to the protocol's `ChatSink` and returns the SSE
 * text the sink wrote. One engine per stream.
 */
export class StreamWriter {
  readonly #plan: StreamPlan;
  readonly #sink: ChatSink;
  /** Choices seen, with upstream's finish reason once it came. */
  readonly #finish = new Map<number, unknown>();
  readonly #calledTools = new Set<number>();
  readonly #startedTools = new Set<string>();
  readonly #stops = new Map<number, StopMatcher>();
  readonly #thinking = new Map<number, ThinkSplitter>();
  #usage: unknown;
  /** Estimated tokens streamed so far (`tokenWeight` of every piece), for when upstream reports no usage. */
  #weight = 0;

  constructor(plan: StreamPlan, sink: ChatSink) {
    this.#plan = plan;
    this.#sink = sink;
  }

  /** What goes out before any upstream event. */
  start(): string {
    return this.#sink.start();
  }

  /** SSE text for one delta ("" when it only updates the tally). */
  write(delta: StreamDelta): string {
    switch (delta.type) {
      case "content":
        return this.text(delta.choice, delta.text);
      case "reasoning":
        return this.#reasoning(delta.choice, delta.text);
      case "tool_call":
        return this.#toolCall(delta);
      case "finish":
        this.#finish.set(delta.choice, delta.reason);
        return "";
      case "usage":
        this.#usage = delta.usage;
        return "";
    }
  }

  /** Answer text as upstream sent it (the hot path: most events are one piece of text). */
  text(choice: number, text: string): string {
    if (!this.#plan.thinkTags) return this.#content(choice, text);
    const { reasoning, content } = this.#splitterFor(choice).push(text);
    let out = reasoning === "" ? "" : this.#reasoning(choice, reasoning);
    if (content !== "") out += this.#content(choice, content);
    return out;
  }

  #content(choice: number, text: string): string {
    if (this.#plan.stop) {
      text = this.#stopFor(choice).push(text);
      if (text === "") return "";
    }
    if (!this.#finish.has(choice)) this.#finish.set(choice, undefined);
    this.#weight += tokenWeight(text);
    return this.#sink.text(choice, text);
  }

  #reasoning(choice: number, text: string): string {
    if (!this.#finish.has(choice)) this.#finish.set(choice, undefined);
    this.#weight += tokenWeight(text);
    return this.#sink.reasoning(choice, text);
  }

  #toolCall(delta: Extract<StreamDelta, { type: "tool_call" }>): string {
    const { choice, index } = delta;
    if (!this.#finish.has(choice)) this.#finish.set(choice, undefined);
    this.#calledTools.add(choice);
    const args = delta.arguments ?? "";
    this.#weight += tokenWeight(delta.name ?? "") + tokenWeight(args);
    const key = `${choice}:${index}`;
    if (this.#startedTools.has(key)) return args === "" ? "" : this.#sink.toolCall(choice, index, args);
    if (delta.name === undefined) return ""; // a fragment before its call's name: nothing to attach it to
    this.#startedTools.add(key);
    return this.#sink.toolCall(choice, index, args, { id: delta.id ?? newId("call_"), name: delta.name });
  }

  /** Every choice hit a stop sequence (here or the protocol's own): the rest of the upstream is not needed. */
  get cut(): boolean {
    if (this.#sink.cut) return true;
    if (!this.#plan.stop || this.#stops.size === 0) return false;
    for (const matcher of this.#stops.values()) if (!matcher.stopped) return false;
    return true;
  }

  /** Whether upstream said why it stopped (a stream without `[DONE]` is complete only then). */
  get finished(): boolean {
    for (const reason of this.#finish.values()) if (reason != null) return true;
    return false;
  }

  /** The text held back (a partial `</think>` or stop sequence), then the closing events. */
  end(): string {
    let out = "";
    for (const [choice, splitter] of this.#thinking) {
      const { reasoning, content } = splitter.flush();
      if (reasoning !== "") out += this.#reasoning(choice, reasoning);
      if (content !== "") out += this.#content(choice, content);
    }
    for (const [choice, matcher] of this.#stops) {
      const rest = matcher.flush();
      if (rest !== "") out += this.#released(choice, rest);
    }
    if (this.#finish.size === 0) this.#finish.set(0, undefined);
    const usage = this.#usageSoFar();
    const finishes: [number, FinishReason][] = [];
    for (const [choice, reason] of [...this.#finish].sort((a, b) => a[0] - b[0])) {
      const hitLimit = reason == null && usage.completion_tokens >= this.#plan.maxTokens;
      const upstream = reason ?? (hitLimit ? "length" : "stop");
      finishes.push([choice, toFinishReason(upstream, this.#calledTools.has(choice))]);
    }
    return out + this.#sink.end(finishes, usage);
  }

  /** An upstream failure mid-stream: the protocol's error ending (never a hang, never a silent cut). */
  fail(message: string): string {
    if (this.#finish.size === 0) this.#finish.set(0, undefined);
    const choices = [...this.#finish.keys()].sort((a, b) => a - b);
    return this.#sink.fail(message, choices, this.#usageSoFar());
  }

  /** Held-back text released at the end: past the stop matcher already, so written as it is. */
  #released(choice: number, text: string): string {
    this.#weight += tokenWeight(text);
    return this.#sink.text(choice, text);
  }

  #usageSoFar(): CompletionUsage {
    return toUsage(this.#usage, { prompt: this.#plan.promptTokens, completion: Math.max(1, Math.ceil(this.#weight)) });
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
      matcher = new StopMatcher(this.#plan.stop ?? []);
      this.#stops.set(choice, matcher);
    }
    return matcher;
  }
}
