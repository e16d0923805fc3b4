import * as v from "valibot";

const Flag = v.union([v.boolean(), v.picklist(["0", "1", "true", "false"])]);

/** A list field DeepL takes as a comma-separated string (form bodies, deepl-node) or as a JSON array. */
const TagList = v.pipe(
  v.union([v.string(), v.array(v.string())]),
  v.transform((value) =>
    (typeof value === "string" ? value.split(",") : value).map((s) => s.trim()).filter((s) => s.length > 0),
  ),
);

/**
 * DeepL's `POST /v2/translate` body (DeepLcom/openapi `openapi.json`): `text` a list (a single string from a
 * lenient client is taken as one), `target_lang` required, `source_lang` optional (omitted: detect), and the
 * options this worker applies: `model_type` (chooses the engine), `tag_handling` and `ignore_tags` (markup),
 * `formality`, `context` and `glossary_id` (the LLM engine).
 */
export const DeeplTranslateRequest = v.looseObject({
  text: v.pipe(
    v.union([
      v.pipe(
        v.string(),
        v.transform((s) => [s]),
      ),
      v.array(v.string()),
    ]),
    v.minLength(1, "text must hold at least one string"),
    // DeepL's own limit: "up to 50 text parameters" per request.
    v.maxLength(50, "text may hold at most 50 texts per request (DeepL's limit): split the request"),
  ),
  target_lang: v.string(),
  source_lang: v.optional(v.nullable(v.string())),
  show_billed_characters: v.optional(Flag),
  model_type: v.optional(v.nullable(v.string())),
  tag_handling: v.optional(v.nullable(v.picklist(["html", "xml", ""], "tag_handling must be html or xml"))),
  ignore_tags: v.optional(v.nullable(TagList)),
  formality: v.optional(
    v.nullable(
      v.picklist(
        ["default", "more", "less", "prefer_more", "prefer_less", ""],
        "formality must be default, more, less, prefer_more or prefer_less",
      ),
    ),
  ),
  context: v.optional(v.nullable(v.string())),
  glossary_id: v.optional(v.nullable(v.string())),
  glossary_ids: v.optional(v.nullable(TagList)),
});
export type DeeplTranslateRequest = v.InferOutput<typeof DeeplTranslateRequest>;
