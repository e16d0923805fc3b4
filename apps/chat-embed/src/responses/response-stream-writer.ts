import { type CompletionUsage, type FinishReason, newId } from "@wai/core";
import type { ChatSink } from "../stream/chat-sink.ts";
import {
  outputText,
  type ResponseHead,
  type ResponseOutputItem,
  type ResponseState,
  reasoningItem,
  toCallName,
  toResponseObject,
  toResponseStatus,
  toResponseUsage,
} from "./response-object.ts";

type OpenItem =
  | { kind: "message"; index: number; id: string; text: string; head: string }
  | { kind: "reasoning"; index: number; id: string; text: string; head: string }
  | {
      kind: "function_call";
      index: number;
      id: string;
      callId: string;
      called: { name: string; namespace?: string };
      args: string;
      head: string;
    };

/**
 * The Responses API's stream, written from the shared engine's pieces (a `ChatSink`): `event: <type>` and
 * `data:` with a `sequence_number` from 0, `response.created` and `response.in_progress`, then per output item
`response.output_item.added`, its parts and deltas (`response.output_text.delta`, `response.function_call_arguments.delta`, reasoning text or
 * summary deltas) and their `.done` events, `response.output_item.done`; finally `response.completed` (or
 * `response.incomplete` when cut by the token limit). An upstream failure ends with `response.failed` and an
 * `error` event. A message or reasoning item closes when the next item opens; function calls close at the end.
 * Deltas, the hot path, are written from a per-item prefix serialized once.
 */
export class ResponseStreamWriter implements ChatSink {
  readonly #head: ResponseHead;
  readonly #output: (ResponseOutputItem | undefined)[] = [];
  readonly #calls = new Map<number, OpenItem & { kind: "function_call" }>();
  #current: (OpenItem & { kind: "message" | "reasoning" }) | undefined;
  #seq = 0;
  #usage: ResponseState["usage"] = null;
  #state: ResponseState = { status: "in_progress", output: [], usage: null };

  constructor(head: ResponseHead) {
    this.#head = head;
  }

  /** The response as it stands (final after `end` or `fail`). */
  get response(): Record<string, unknown> {
    return toResponseObject(this.#head, this.#state);
  }

  get state(): ResponseState {
    return this.#state;
  }

  start(): string {
    const response = this.response;
    return this.#event("response.created", { response }) + this.#event("response.in_progress", { response });
  }

  text(choice: number, text: string): string {
    return choice === 0 && this.#state.status === "in_progress" ? this.#text("message", text) : "";
  }

  reasoning(choice: number, text: string): string {
    return choice === 0 && this.#state.status === "in_progress" ? this.#text("reasoning", text) : "";
  }

  toolCall(choice: number, index: number, args: string, first?: { id: string; name: string }): string {
    return choice === 0 && this.#state.status === "in_progress" ? this.#toolCall(index, args, first) : "";
  }

  /** Closes every open item and says how the response ended: `response.completed` or `response.incomplete`. */
  end(finishes: readonly (readonly [number, FinishReason])[], usage: CompletionUsage): string {
    if (this.#state.status !== "in_progress") return "";
    this.#usage = toResponseUsage(usage);
    const ending = toResponseStatus(finishes.find(([choice]) => choice === 0)?.[1]);
    let out = this.#closeAll(ending.status === "completed" ? "completed" : "incomplete");
    this.#state = { ...ending, output: this.#items(), usage: this.#usage };
    const type = ending.status === "completed" ? "response.completed" : "response.incomplete";
    out += this.#event(type, { response: this.response });
    return out;
  }

  /** An upstream failure: open items end `incomplete`, then `response.failed` and an `error` event. */
  fail(message: string): string {
    if (this.#state.status !== "in_progress") return "";
    let out = this.#closeAll("incomplete");
    const error = { code: "server_error", message };
    this.#state = { status: "failed", output: this.#items(), usage: this.#usage, error };
    out += this.#event("response.failed", { response: this.response });
    out += this.#event("error", { code: "stream_interrupted", message, param: null });
    return out;
  }

  #text(kind: "message" | "reasoning", text: string): string {
    let out = "";
    let item: OpenItem & { kind: "message" | "reasoning" };
    if (this.#current !== undefined && this.#current.kind === kind) item = this.#current;
    else {
      out += this.#closeCurrent("completed");
      const opened = kind === "message" ? this.#openMessage() : this.#openReasoning();
      item = opened.item;
      out += opened.events;
    }
    item.text += text;
    return `${out}${item.head}${this.#seq++},"delta":${JSON.stringify(text)}${kind === "message" ? ',"logprobs":[]' : ""}}\n\n`;
  }

  #openMessage(): { item: OpenItem & { kind: "message" }; events: string } {
    const index = this.#output.length;
    const id = newId("msg_", 48);
    this.#output.push(undefined);
    const item = { id, type: "message", status: "in_progress", role: "assistant", content: [] };
    let events = this.#event("response.output_item.added", { output_index: index, item });
    events += this.#event("response.content_part.added", {
      item_id: id,
      output_index: index,
      content_index: 0,
      part: outputText(""),
    });
    const head = deltaHead("response.output_text.delta", `"item_id":"${id}","output_index":${index},"content_index":0`);
    const open = { kind: "message" as const, index, id, text: "", head };
    this.#current = open;
    return { item: open, events };
  }

  #openReasoning(): { item: OpenItem & { kind: "reasoning" }; events: string } {
    const index = this.#output.length;
    const id = newId("rs_", 48);
    this.#output.push(undefined);
    let events = this.#event("response.output_item.added", {
      output_index: index,
      item: { id, type: "reasoning", summary: [] },
    });
    let head: string;
    if (this.#head.summary) {
      const part = { type: "summary_text", text: "" };
      events += this.#event("response.reasoning_summary_part.added", {
        item_id: id,
        output_index: index,
        summary_index: 0,
        part,
      });
      head = deltaHead(
        "response.reasoning_summary_text.delta",
        `"item_id":"${id}","output_index":${index},"summary_index":0`,
      );
    } else {
      const part = { type: "reasoning_text", text: "" };
      events += this.#event("response.content_part.added", {
        item_id: id,
        output_index: index,
        content_index: 0,
        part,
      });
      head = deltaHead("response.reasoning_text.delta", `"item_id":"${id}","output_index":${index},"content_index":0`);
    }
    const open = { kind: "reasoning" as const, index, id, text: "", head };
    this.#current = open;
    return { item: open, events };
  }

  #toolCall(callIndex: number, args: string, first: { id: string; name: string } | undefined): string {
    let out = "";
    let call = this.#calls.get(callIndex);
    if (!call) {
      if (first === undefined) return ""; // the engine names every call on its first piece
      out += this.#closeCurrent("completed");
      const index = this.#output.length;
      const id = newId("fc_", 48);
      this.#output.push(undefined);
      const callId = first.id;
      const called = toCallName(first.name, this.#head.namespaced);
      const item = { id, type: "function_call", status: "in_progress", call_id: callId, ...called, arguments: "" };
      out += this.#event("response.output_item.added", { output_index: index, item });
      const head = deltaHead("response.function_call_arguments.delta", `"item_id":"${id}","output_index":${index}`);
      call = { kind: "function_call", index, id, callId, called, args: "", head };
      this.#calls.set(callIndex, call);
    }
    if (args === "") return out;
    call.args += args;
    return `${out}${call.head}${this.#seq++},"delta":${JSON.stringify(args)}}\n\n`;
  }

  #closeAll(status: "completed" | "incomplete"): string {
    let out = this.#closeCurrent(status);
    for (const call of this.#calls.values()) {
      const { id, index, callId, called, args } = call;
      out += this.#event("response.function_call_arguments.done", {
        item_id: id,
        output_index: index,
        name: called.name,
        arguments: args,
      });
      const item: ResponseOutputItem = {
        id,
        type: "function_call",
        status,
        call_id: callId,
        ...called,
        arguments: args,
      };
      this.#output[index] = item;
      out += this.#event("response.output_item.done", { output_index: index, item });
    }
    this.#calls.clear();
    return out;
  }

  #closeCurrent(status: "completed" | "incomplete"): string {
    const open = this.#current;
    if (!open) return "";
    this.#current = undefined;
    const { id, index, text } = open;
    let out = "";
    let item: ResponseOutputItem;
    if (open.kind === "message") {
      const part = outputText(text);
      out += this.#event("response.output_text.done", {
        item_id: id,
        output_index: index,
        content_index: 0,
        text,
        logprobs: [],
      });
      out += this.#event("response.content_part.done", { item_id: id, output_index: index, content_index: 0, part });
      item = { id, type: "message", status, role: "assistant", content: [part] };
    } else {
      if (this.#head.summary) {
        const at = { item_id: id, output_index: index, summary_index: 0 };
        out += this.#event("response.reasoning_summary_text.done", { ...at, text });
        out += this.#event("response.reasoning_summary_part.done", { ...at, part: { type: "summary_text", text } });
      } else {
        const at = { item_id: id, output_index: index, content_index: 0 };
        out += this.#event("response.reasoning_text.done", { ...at, text });
        out += this.#event("response.content_part.done", { ...at, part: { type: "reasoning_text", text } });
      }
      item = reasoningItem(id, text, this.#head.summary);
    }
    this.#output[index] = item;
    return out + this.#event("response.output_item.done", { output_index: index, item });
  }

  #items(): ResponseOutputItem[] {
    return this.#output.filter((item): item is ResponseOutputItem => item !== undefined);
  }

  #event(type: string, payload: Record<string, unknown>): string {
    return `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: this.#seq++, ...payload })}\n\n`;
  }
}

/** `event: <type>\ndata: {"type":…,<fields>,"sequence_number":` : a delta event up to its number. */
function deltaHead(type: string, fields: string): string {
  return `event: ${type}\ndata: {"type":"${type}",${fields},"sequence_number":`;
}
