import * as v from "valibot";
import { MAX_IMAGES, SEED_LIMIT } from "../limits.ts";

/** `n`: 1 to 4 images (OpenAI allows 10; each image here is one Workers AI call). */
export const ImageCount = v.optional(
  v.nullable(
    v.pipe(
      v.number(),
      v.integer("n must be a whole number."),
      v.minValue(1, "n must be at least 1."),
      v.maxValue(MAX_IMAGES, `this gateway makes at most ${MAX_IMAGES} images per request.`),
    ),
  ),
);

export const ImageQuality = v.optional(v.nullable(v.picklist(["auto", "standard", "hd", "low", "medium", "high"])));

export const ImageResponseFormat = v.optional(v.nullable(v.picklist(["url", "b64_json"])));

/** Workers AI's own knobs, accepted as extensions on every image route. */
export const ImageExtensions = {
  negative_prompt: v.optional(v.string()),
  seed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(SEED_LIMIT - 1))),
  guidance: v.optional(v.pipe(v.number(), v.minValue(0))),
  steps: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
} as const;

/**
 * Fields of OpenAI's image requests that change nothing here and are accepted so clients that always send them
 * keep working (see the README): `user`, dall-e-3's `style`, and the GPT-image options at their defaults.
 */
export const IgnoredImageFields = {
  user: v.optional(v.nullable(v.string())),
  style: v.optional(v.nullable(v.picklist(["vivid", "natural"]))),
  background: v.optional(v.nullable(v.literal("auto"))),
  moderation: v.optional(v.nullable(v.picklist(["auto", "low"]))),
  stream: v.optional(v.nullable(v.literal(false))),
} as const;

/** `output_format`: the format the model makes is checked against it (no transcoding). */
export const OutputFormat = v.optional(v.nullable(v.picklist(["png", "jpeg", "webp"])));
