import * as v from "valibot";

/** DeepLX's `POST /translate` body (OwO-Network/DeepLX `translate/types.go`); other fields are ignored, and said so. */
export const DeeplxRequest = v.looseObject({
  text: v.string(),
  source_lang: v.optional(v.nullable(v.string())),
  target_lang: v.string(),
  tag_handling: v.optional(v.nullable(v.picklist(["html", "xml", ""], "tag_handling must be html or xml"))),
});
export type DeeplxRequest = v.InferOutput<typeof DeeplxRequest>;
