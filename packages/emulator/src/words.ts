const WORDS = [
  "the",
  "answer",
  "is",
  "emulated",
  "offline",
  "and",
  "deterministic",
  "for",
  "this",
  "input",
  "so",
  "tests",
  "can",
  "rely",
  "on",
  "it",
  "while",
  "no",
  "model",
  "runs",
  "here",
  "a",
  "gateway",
  "maps",
  "every",
  "field",
  "between",
  "openai",
  "and",
  "workers",
  "ai",
  "shapes",
  "streams",
  "arrive",
  "as",
  "events",
  "with",
  "usage",
  "at",
  "end",
  "tokens",
  "are",
  "estimated",
  "from",
  "characters",
  "quietly",
  "clearly",
  "kindly",
];

/** `count` words picked by the PRNG: filler text that is plainly not a model's answer. */
export function phrase(rand: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] ?? "emulated");
  return out.join(" ");
}

/** The first `max` characters of a text on one line, with an ellipsis when cut. */
export function snippet(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Text split into stream tokens (a word with its leading space): joined back they give the text exactly. */
export function toTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}
