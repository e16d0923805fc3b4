import * as v from "valibot";

/** `CreateEmbeddingRequest` (reference §4.4). Token-id inputs pass the schema and are refused by the handler. */
export const EmbeddingCreateParams = v.looseObject({
  model: v.pipe(v.string(), v.minLength(1)),
  input: v.union([
    v.string(),
    v.pipe(
      v.array(v.union([v.string(), v.number(), v.array(v.number())])),
      v.minLength(1, "input must hold at least one item"),
      v.maxLength(2048, "input holds at most 2,048 items"),
    ),
  ]),
  encoding_format: v.nullish(v.picklist(["float", "base64"])),
  dimensions: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(1))),
  user: v.nullish(v.string()),
});
export type EmbeddingCreateParams = v.InferOutput<typeof EmbeddingCreateParams>;
