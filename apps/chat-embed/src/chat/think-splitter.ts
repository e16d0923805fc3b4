const OPEN = "<think>";
const CLOSE = "</think>";

export interface SplitText {
  reasoning: string;
  content: string;
}

/**
 * Workers AI's own reasoning models (qwq, deepseek-r1-distill) think inside `<think>…</think>` at the start of
 * `response` (reference §1.5); OpenAI clients expect that text in `reasoning_content`, apart from the answer.
 * Works on a whole text or on streamed pieces: a tag split across pieces is held back until it is whole.
 */
export class ThinkSplitter {
  #state: "start" | "think" | "gap" | "answer" = "start";
  #pending = "";

  push(text: string): SplitText {
    const out = { reasoning: "", content: "" };
    let buffer = this.#pending + text;
    this.#pending = "";
    while (buffer !== "") {
      if (this.#state === "start") {
        const trimmed = buffer.trimStart();
        if (OPEN.startsWith(trimmed)) {
          this.#pending = buffer; // `<thi` so far, or only whitespace: undecided
          break;
        }
        this.#state = trimmed.startsWith(OPEN) ? "think" : "answer";
        if (this.#state === "think") buffer = trimmed.slice(OPEN.length);
      } else if (this.#state === "think") {
        const at = buffer.indexOf(CLOSE);
        if (at !== -1) {
          out.reasoning += buffer.slice(0, at);
          buffer = buffer.slice(at + CLOSE.length);
          this.#state = "gap";
          continue;
        }
        const keep = partialTag(buffer);
        out.reasoning += buffer.slice(0, buffer.length - keep);
        this.#pending = buffer.slice(buffer.length - keep);
        break;
      } else if (this.#state === "gap") {
        buffer = buffer.trimStart(); // the blank line between the thinking and the answer
        if (buffer !== "") this.#state = "answer";
      } else {
        out.content += buffer;
        break;
      }
    }
    return out;
  }

  /** What was held back, at the end of the text. */
  flush(): SplitText {
    const rest = this.#pending;
    this.#pending = "";
    return this.#state === "think" ? { reasoning: rest, content: "" } : { reasoning: "", content: rest };
  }

  /** A whole text split once (non-streamed answers). */
  split(text: string): SplitText {
    const a = this.push(text);
    const b = this.flush();
    return { reasoning: a.reasoning + b.reasoning, content: a.content + b.content };
  }
}

const LT = 0x3c; // "<"

/**
 * How many characters at the end of `text` could start `</think>`. Only the last `<` among the final 7
 * characters can begin one (the tag has no other `<`); compared char by char, without slicing, as this runs
 * on every streamed reasoning event.
 */
function partialTag(text: string): number {
  for (let at = text.length - 1; at >= 0 && at > text.length - CLOSE.length; at--) {
    if (text.charCodeAt(at) !== LT) continue;
    for (let i = 1; at + i < text.length; i++) if (text.charCodeAt(at + i) !== CLOSE.charCodeAt(i)) return 0;
    return text.length - at;
  }
  return 0;
}
