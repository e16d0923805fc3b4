import { badRequest } from "@wai/core";
import type { StoredGlossary } from "../glossary/glossary-store.ts";

/**
 * A glossary applies to its own language pair: DeepL requires `source_lang` with a glossary and refuses a pair
 * that is not the glossary's (400, naming the field).
 */
export function checkGlossaryPair(glossary: StoredGlossary, source: string | undefined, target: string): void {
  if (!source) throw badRequest("source_lang is required when a glossary is used.", "source_lang");
  const base = target.split("-")[0];
  if (glossary.source_lang !== source || glossary.target_lang !== base) {
    throw badRequest(
      `Glossary ${glossary.glossary_id} is for ${glossary.source_lang} → ${glossary.target_lang}, not ${source} → ${base}.`,
      "glossary_id",
    );
  }
}
