import * as v from "valibot";

/** Immersive Translate's "Custom API" body (immersivetranslate.com/en/docs/services/custom/). */
export const BatchTranslateRequest = v.looseObject({
  text_list: v.array(v.string()),
  source_lang: v.optional(v.nullable(v.string())),
  target_lang: v.string(),
});
export type BatchTranslateRequest = v.InferOutput<typeof BatchTranslateRequest>;
