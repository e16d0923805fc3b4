import type { SseEvent } from "./sse-event.ts";

const LF = 10;
const SPACE = 32;

/**
 * An incremental SSE decoder (WHATWG event-stream rules) whose work per chunk is proportional to the chunk:
 * only new text is scanned, and a line split over many chunks is joined once. Chunks may end anywhere,
 * inside a multi-byte UTF-8 character or between `\r` and `\n`. Accepts `data:` with or without the space
 * (Workers AI and OpenAI differ), CRLF/CR/LF, comments and `event:`/`id:`/`retry:`. One deliberate
 * departure from the spec: a last event with no blank line after it is still emitted at the end, because
 * upstreams end with `data: [DONE]` and no trailing blank line. `id` is reported per event, not carried over.
 */
export class SseParser {
  readonly #emit: (event: SseEvent) => void;
  readonly #decoder = new TextDecoder();
  #pieces: string[] = [];
  #skipLf = false;
  #data: string | undefined;
  #event: string | undefined;
  #id: string | undefined;
  #retry: number | undefined;

  constructor(emit: (event: SseEvent) => void) {
    this.#emit = emit;
  }

  /** Feeds the next chunk; complete events are emitted before it returns. */
  push(chunk: Uint8Array | string): void {
    this.#scan(typeof chunk === "string" ? chunk : this.#decoder.decode(chunk, { stream: true }));
  }

  /** Ends the stream: flushes the decoder and emits a final event left without its blank line. */
  end(): void {
    this.#scan(this.#decoder.decode());
    if (this.#pieces.length > 0) this.#line(this.#take("", 0, 0));
    this.#dispatch();
  }

  #scan(text: string): void {
    if (text === "") return;
    let start = 0;
    if (this.#skipLf) {
      this.#skipLf = false;
      if (text.charCodeAt(0) === LF) start = 1;
    }
    let lf = text.indexOf("\n", start);
    let cr = text.indexOf("\r", start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      let next = end + 1;
      if (end === cr) {
        if (next === text.length) this.#skipLf = true;
        else if (text.charCodeAt(next) === LF) next++;
      }
      this.#line(this.#take(text, start, end));
      start = next;
      if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
      if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    }
    if (start < text.length) this.#pieces.push(start === 0 ? text : text.slice(start));
  }

  /** The line ending at `end`, joined with the pieces earlier chunks left. */
  #take(text: string, start: number, end: number): string {
    const tail = text.slice(start, end);
    if (this.#pieces.length === 0) return tail;
    this.#pieces.push(tail);
    const line = this.#pieces.join("");
    this.#pieces = [];
    return line;
  }

  #line(line: string): void {
    if (line === "") {
      this.#dispatch();
      return;
    }
    const colon = line.indexOf(":");
    if (colon === 0) return; // a comment, e.g. a keep-alive `: ping`
    const field = colon === -1 ? line : line.slice(0, colon);
    const valueAt = colon === -1 ? line.length : line.charCodeAt(colon + 1) === SPACE ? colon + 2 : colon + 1;
    const value = line.slice(valueAt);
    if (field === "data") this.#data = this.#data === undefined ? value : `${this.#data}\n${value}`;
    else if (field === "event") this.#event = value;
    else if (field === "id" && !value.includes("\0")) this.#id = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.#retry = Number(value);
  }

  #dispatch(): void {
    const data = this.#data;
    const event: SseEvent | undefined = data === undefined ? undefined : { data };
    if (event) {
      if (this.#event) event.event = this.#event;
      if (this.#id !== undefined) event.id = this.#id;
      if (this.#retry !== undefined) event.retry = this.#retry;
    }
    this.#data = this.#event = this.#id = this.#retry = undefined;
    if (event) this.#emit(event);
  }
}
