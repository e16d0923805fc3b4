import * as v from "valibot";

const Flag = v.union([v.boolean(), v.picklist(["0", "1", "true", "false"])]);

/**
 * DeepL's `POST /v2/translate` body (DeepLcom/openapi `openapi.json`): `text` a list (a single string from a
 * lenient client is taken as one), `target_lang` required, `source_lang` optional (omitted: detect).
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
  ),
  target_lang: v.string(),
  source_lang: v.optional(v.nullable(v.string())),
  show_billed_characters: v.optional(Flag),
});
export type DeeplTranslateRequest = v.InferOutput<typeof DeeplTranslateRequest>;
