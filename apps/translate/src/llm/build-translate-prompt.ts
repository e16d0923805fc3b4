import type { LlmOptions } from "./llm-options.ts";

export interface PromptLanguages {
  /** The source language's English name (`German`). */
  source: string;
  /** The target's English name, script or variety included (`Traditional Chinese`, `Brazilian Portuguese`). */
  target: string;
}

/** Glossary entries told to the model: those whose source term occurs in the segments (case-insensitive). */
function glossaryLines(segments: readonly string[], glossary: LlmOptions["glossary"]): string[] {
  if (!glossary?.length) return [];
  const haystack = segments.join("\n").toLowerCase();
  return glossary.filter(([term]) => haystack.includes(term.toLowerCase())).map(([s, t]) => `- "${s}" → "${t}"`);
}

/**
 * The system and user messages of one translation call. The segments are numbered lines (`[1] …`) and the
 * answer must be the same numbered lines and nothing else, so each translation is matched to its segment by
 * number (`parseNumberedAnswer`), never by position.
 */
export function buildTranslatePrompt(
  segments: readonly string[],
  languages: PromptLanguages,
  options: LlmOptions = {},
): { system: string; user: string } {
  const rules = [
    `You are a professional translator. Translate each numbered segment from ${languages.source} into ${languages.target}.`,
    "Answer with the translated segments only: one line per segment, in the same order, each starting with its number in square brackets exactly as given ([1], [2], ...).",
    "Translate every segment on its own line; never merge, split, skip or add segments.",
    "Write nothing else: no introduction, notes, explanations, quotation marks or code fences.",
    `Write the translations in ${languages.target}.`,
    "Keep the tags <g1>, </g1>, <g2/> ... exactly as written, each once, in the same order and nesting, around the words they mark.",
    "Keep URLs, e-mail addresses, code and numbers as they are.",
  ];
  if (options.formality === "formal") rules.push("Use the formal register (polite forms of address).");
  if (options.formality === "informal") rules.push("Use the informal register (familiar forms of address).");
  const terms = glossaryLines(segments, options.glossary);
  if (terms.length) rules.push(`Always translate these terms as given:\n${terms.join("\n")}`);
  if (options.context?.trim()) {
    rules.push(
      `Context, for understanding only (do not translate it or include it):\n"""\n${options.context.trim()}\n"""`,
    );
  }
  const user = segments.map((segment, i) => `[${i + 1}] ${segment}`).join("\n");
  return { system: rules.join("\n"), user };
}
