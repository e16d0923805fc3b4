import type { ImageData } from "./deliver-images.ts";
import { FORMAT_OF } from "./sniff-image-type.ts";
import type { Size } from "./to-size.ts";
import type { GeneratedImage } from "./upstream/generated-image.ts";

/** OpenAI's `ImagesResponse`. */
export interface ImagesResponse {
  created: number;
  data: ImageData[];
  output_format?: "png" | "jpeg" | "webp";
  size?: string;
}

/**
 * `{created, data}`, plus `output_format` (flux answers JPEG, which a client saving `b64_json` as `.png` would
 * mislabel) and `size` when it was asked for. No `revised_prompt`: the prompt is used as given.
 */
export function toImagesResponse(data: ImageData[], images: GeneratedImage[], size: Size | undefined): ImagesResponse {
  const first = images[0];
  return {
    created: Math.floor(Date.now() / 1000),
    data,
    ...(first ? { output_format: FORMAT_OF[first.contentType] } : {}),
    ...(size ? { size: `${size.width}x${size.height}` } : {}),
  };
}
