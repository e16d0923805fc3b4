import * as v from "valibot";
import {
  IgnoredImageFields,
  ImageCount,
  ImageExtensions,
  ImageQuality,
  ImageResponseFormat,
  OutputFormat,
} from "./image-fields.ts";

/**
 * `POST /v1/images/edits` without its files (OpenAI's `ImageEditParams`): `image` and `mask` are read apart, from
 * multipart parts or from base64 in a JSON body. `strength` (0–1, how far from the source to go) is an extension.
 */
export const ImageEditParams = v.strictObject({
  prompt: v.string(),
  model: v.optional(v.nullable(v.string())),
  n: ImageCount,
  size: v.optional(v.nullable(v.string())),
  quality: ImageQuality,
  response_format: ImageResponseFormat,
  output_format: OutputFormat,
  strength: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  ...ImageExtensions,
  ...IgnoredImageFields,
});
export type ImageEditParams = v.InferOutput<typeof ImageEditParams>;
