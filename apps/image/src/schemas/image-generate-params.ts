import * as v from "valibot";
import {
  IgnoredImageFields,
  ImageCount,
  ImageExtensions,
  ImageQuality,
  ImageResponseFormat,
  OutputFormat,
} from "./image-fields.ts";

/** `POST /v1/images/generations` (OpenAI's `ImageGenerateParams`); unknown fields are refused by name. */
export const ImageGenerateParams = v.strictObject({
  prompt: v.string(),
  model: v.optional(v.nullable(v.string())),
  n: ImageCount,
  size: v.optional(v.nullable(v.string())),
  quality: ImageQuality,
  response_format: ImageResponseFormat,
  output_format: OutputFormat,
  ...ImageExtensions,
  ...IgnoredImageFields,
});
export type ImageGenerateParams = v.InferOutput<typeof ImageGenerateParams>;
