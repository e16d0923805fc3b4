import * as v from "valibot";
import { ImageGenerateParams } from "./image-generate-params.ts";

/**
 * `POST /v1/images/edits` without its files (OpenAI's `ImageEditParams`): `image` and `mask` are read apart, from
 * multipart parts or from base64 in a JSON body. `strength` (0–1, how far from the source to go) is an extension.
 */
export const ImageEditParams = v.strictObject({
  ...ImageGenerateParams.entries,
  strength: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
});
export type ImageEditParams = v.InferOutput<typeof ImageEditParams>;
