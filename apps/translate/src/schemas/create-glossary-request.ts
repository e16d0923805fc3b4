import * as v from "valibot";

/** DeepL's `POST /v2/glossaries` body (form or JSON; deepl-node sends a form). */
export const CreateGlossaryRequest = v.looseObject({
  name: v.pipe(v.string(), v.minLength(1, "name must not be empty")),
  source_lang: v.string(),
  target_lang: v.string(),
  entries: v.string(),
  entries_format: v.optional(v.string(), "tsv"),
});
