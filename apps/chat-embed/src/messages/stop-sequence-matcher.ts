/**
 * Anthropic's `stop_sequences`, applied to the answer's text here rather than upstream, because the reply names
 * the sequence that matched (`stop_reason: "stop_sequence"`, `stop_sequence`) and Anthropic allows any number of
 * them. The text is cut before the first match; streamed text is held back only while it could still be the
 * start of a sequence.
 */
export class StopSequenceMatcher {
  readonly #stops: string[];
  readonly #hold: number;
  #pending = "";
  /** The sequence that matched, once one has. */
  matched: string | undefined;

  constructor(stops: readonly string[]) {
    this.#stops = stops.filter((s) => s !== "");
    this.#hold = Math.max(0, ...this.#stops.map((s) => s.length - 1));
  }

  /** The text safe to send now; after a match, only the text before it, and nothing ever again. */
  push(text: string): string {
    if (this.matched !== undefined) return "";
    if (this.#stops.length === 0) return text;
    const buffer = this.#pending + text;
    let at = -1;
    for (const stop of this.#stops) {
      const index = buffer.indexOf(stop);
      if (index !== -1 && (at === -1 || index < at)) {
        at = index;
        this.matched = stop;
      }
    }
    if (at !== -1) {
      this.#pending = "";
      return buffer.slice(0, at);
    }
    const keep = Math.min(this.#hold, buffer.length);
    this.#pending = buffer.slice(buffer.length - keep);
    return buffer.slice(0, buffer.length - keep);
  }

  /** What was held back, once the text has ended. */
  flush(): string {
    const rest = this.#pending;
    this.#pending = "";
    return rest;
  }

  /** A whole text cut at the first match. */
  cut(text: string): string {
    return this.push(text) + this.flush();
  }
}
