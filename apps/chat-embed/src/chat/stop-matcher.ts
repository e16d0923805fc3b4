/**
 * Stop sequences for Workers AI's own text models, which take no `stop` input: the text is cut before the
 * first occurrence of any of them, as OpenAI does (the sequence itself is not returned). Streamed text is held
 * back only as long as it could be the start of a stop sequence, so deltas still flow as they arrive.
 */
export class StopMatcher {
  readonly #stops: string[];
  readonly #hold: number;
  #pending = "";
  #stopped = false;

  constructor(stop: string | readonly string[]) {
    this.#stops = (typeof stop === "string" ? [stop] : [...stop]).filter((s) => s !== "");
    this.#hold = Math.max(0, ...this.#stops.map((s) => s.length - 1));
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** The text that is safe to send now; after a match, only the text before it, and nothing ever again. */
  push(text: string): string {
    if (this.#stopped) return "";
    const buffer = this.#pending + text;
    const at = this.#firstMatch(buffer);
    if (at !== -1) {
      this.#stopped = true;
      this.#pending = "";
      return buffer.slice(0, at);
    }
    const keep = Math.min(this.#hold, buffer.length);
    this.#pending = buffer.slice(buffer.length - keep);
    return buffer.slice(0, buffer.length - keep);
  }

  /** What was held back, at the end of the text. */
  flush(): string {
    const rest = this.#stopped ? "" : this.#pending;
    this.#pending = "";
    return rest;
  }

  /** A whole text cut at the first stop sequence (non-streamed answers). */
  cut(text: string): string {
    return this.push(text) + this.flush();
  }

  #firstMatch(text: string): number {
    let first = -1;
    for (const stop of this.#stops) {
      const at = text.indexOf(stop);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}
