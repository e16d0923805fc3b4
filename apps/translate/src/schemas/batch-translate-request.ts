import * as v from "valibot";

/**
 * Immersive Translate's "Custom API" body (immersivetranslate.com/en/docs/services/custom/). Quirk: for a
 * single text the extension sends `text_list` as a bare string (seen with version 1.5.5), taken as a list of one.
 */
export const BatchTranslateRequest = v.looseObject({
  text_list: v.union([
    v.array(v.string()),
    v.pipe(
      v.string(),
      v.transform((s) => [s]),
    ),
  ]),
  source_lang: v.optional(v.nullable(v.string())),
  target_lang: v.string(),
});
export type BatchTranslateRequest = v.InferOutput<typeof BatchTranslateRequest>;
