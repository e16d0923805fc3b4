import * as v from "valibot";
import { ImageCount, ImageExtensions, ImageQuality } from "./image-fields.ts";

const ContentPart = v.looseObject({ type: v.string() });
const Message = v.looseObject({
  role: v.string(),
  content: v.optional(v.nullable(v.union([v.string(), v.array(ContentPart)]))),
});

/**
 * A chat completion request for an image model (OpenAI's `ChatCompletionCreateParams`, as OneAPI and new-api send
 * it). Sampling fields (`temperature`, `max_tokens`...) mean nothing to a diffusion model and are ignored, as the
 * README says; tools and JSON mode are refused. `size`, `quality` and the image extensions are accepted on top.
 */
export const ChatImageParams = v.looseObject({
  model: v.string(),
  messages: v.pipe(v.array(Message), v.minLength(1, "messages must hold at least one message.")),
  stream: v.optional(v.nullable(v.boolean())),
  stream_options: v.optional(v.nullable(v.looseObject({ include_usage: v.optional(v.nullable(v.boolean())) }))),
  n: ImageCount,
  size: v.optional(v.nullable(v.string())),
  quality: ImageQuality,
  strength: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  ...ImageExtensions,
  tools: v.optional(v.nullable(v.pipe(v.array(v.unknown()), v.maxLength(0, "image models call no tools.")))),
  response_format: v.optional(
    v.nullable(
      v.looseObject({ type: v.literal("text", "image models answer with markdown; JSON mode is not available.") }),
    ),
  ),
});
export type ChatImageParams = v.InferOutput<typeof ChatImageParams>;
