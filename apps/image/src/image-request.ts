import type { ImageEditParams } from "./schemas/image-edit-params.ts";
import type { ImageGenerateParams } from "./schemas/image-generate-params.ts";

/** What every image route asks of a model, once its body is read: the fields of OpenAI's image requests. */
export interface ImageRequest {
  prompt: string;
  /** 1 to 4 distinct images. */
  n: number;
  /** `WxH` or `auto`. */
  size?: string | null | undefined;
  quality?: string | null | undefined;
  /** Extensions: Workers AI's own knobs. */
  steps?: number | undefined;
  negative_prompt?: string | undefined;
  seed?: number | undefined;
  guidance?: number | undefined;
  strength?: number | undefined;
  /** The source picture of an edit (img2img), and the inpainting mask. */
  image?: Uint8Array | undefined;
  mask?: Uint8Array | undefined;
  /** The request field errors name: `prompt` and `image` on the image routes, `messages` on the chat route. */
  promptParam?: string;
  imageParam?: string;
}

/** The fields the generation and edit routes share, from their parsed parameters. */
export function toImageRequest(params: ImageGenerateParams | ImageEditParams): ImageRequest {
  return {
    prompt: params.prompt,
    n: params.n ?? 1,
    size: params.size,
    quality: params.quality,
    steps: params.steps,
    negative_prompt: params.negative_prompt,
    seed: params.seed,
    guidance: params.guidance,
    ...("strength" in params ? { strength: params.strength } : {}),
  };
}
