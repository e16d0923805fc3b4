/**
 * Stop sequences applied here rather than upstream: chat completions' `stop` for Workers AI's own text models
 * (which take none), and Anthropic's `stop_sequences` (the reply names the sequence that matched, and any number
 * of them is allowed). The text is cut before the first occurrence of any of them, as OpenAI does (the sequence
 * itself is not returned). Streamed text is held back only as long as it could be the start of a stop
 * sequence, so deltas still flow as they arrive.
 */
export class StopMatcher {
  readonly #stops: string[];
  readonly #hold: number;
  #pending = "";
  #matched: string | undefined;

  constructor(stop: string | readonly string[]) {
    this.#stops = (typeof stop === "string" ? [stop] : [...stop]).filter((s) => s !== "");
    this.#hold = Math.max(0, ...this.#stops.map((s) => s.length - 1));
  }

  /** The sequence that matched, once one has. */
  get matched(): string | undefined {
    return this.#matched;
  }

  get stopped(): boolean {
    return this.#matched !== undefined;
  }

  /** The text that is safe to send now; after a match, only the text before it, and nothing ever again. */
  push(text: string): string {
    if (this.#matched !== undefined) return "";
    if (this.#stops.length === 0) return text;
    const buffer = this.#pending + text;
    let at = -1;
    for (const stop of this.#stops) {
      const index = buffer.indexOf(stop);
      if (index !== -1 && (at === -1 || index < at)) {
        at = index;
        this.#matched = stop;
      }
    }
    if (at !== -1) {
      this.#pending = "";
      return buffer.slice(0, at);
    }
    const keep = Math.min(this.#hold, buffer.length);
    this.#pending = keep === 0 ? "" : buffer.slice(buffer.length - keep);
    return keep === 0 ? buffer : buffer.slice(0, buffer.length - keep);
  }

  /** What was held back, at the end of the text. */
  flush(): string {
    const rest = this.#pending;
    this.#pending = "";
    return rest;
  }

  /** A whole text cut at the first stop sequence (non-streamed answers). */
  cut(text: string): string {
    return this.push(text) + this.flush();
  }
}
