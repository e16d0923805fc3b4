import type { Model } from "@wai/catalog";
import type { ImageRequest } from "../image-request.ts";
import type { Size } from "../to-size.ts";
import { toByteValues } from "./to-byte-values.ts";
import { toFlux2Input } from "./to-flux2-input.ts";
import type {
  FluxSchnellInput,
  LucidOriginInput,
  PhoenixInput,
  StableDiffusionInput,
  UpstreamImageInput,
} from "./upstream-inputs.ts";

/** What is decided once per request and shared by its n images. */
export interface ImagePlan {
  size: Size | undefined;
  steps: number | undefined;
  /** The SD family's source image and mask as byte values, built once for all n calls (they are large). */
  imageValues?: number[] | undefined;
  maskValues?: number[] | undefined;
}

/**
 * One Workers AI call's inputs, by the model's input style, each typed as its model's published input
 * (`upstream-inputs.ts`). The SD family takes `num_steps` and its source image and mask as arrays of byte values
 * (Cloudflare's own img2img and inpainting examples; `image_b64` is in the schema but no example uses it);
 * flux-1-schnell takes only `prompt` and `steps`; Leonardo takes `num_steps`, and only phoenix a negative
 * prompt; FLUX.2 takes multipart form data even for a prompt alone, its source image as `input_image_0`. Fields
 * a model lacks, and values outside its ranges, were refused earlier (`checkSupported`), so none is dropped here.
 */
export function toImageInputs(
  model: Model,
  req: ImageRequest,
  plan: ImagePlan,
  seed: number | undefined,
): UpstreamImageInput {
  const { width, height } = plan.size ?? {};
  if (model.input === "flux-schnell") {
    const input: FluxSchnellInput = { prompt: req.prompt, steps: plan.steps };
    return defined(input);
  }
  if (model.input === "flux-2-multipart") {
    const { prompt, guidance, image } = req;
    return toFlux2Input({ prompt, width, height, steps: plan.steps, seed, guidance, input_image_0: image });
  }
  if (model.input === "leonardo") {
    const { prompt, guidance, negative_prompt } = req;
    if (model.capabilities.negativePrompt) {
      const input: PhoenixInput = { prompt, negative_prompt, width, height, num_steps: plan.steps, guidance, seed };
      return defined(input);
    }
    const input: LucidOriginInput = { prompt, width, height, num_steps: plan.steps, guidance, seed };
    return defined(input);
  }
  const input: StableDiffusionInput = {
    prompt: req.prompt,
    negative_prompt: req.negative_prompt,
    width,
    height,
    num_steps: plan.steps,
    guidance: req.guidance,
    seed,
    image: req.image && (plan.imageValues ?? toByteValues(req.image)),
    mask: req.mask && (plan.maskValues ?? toByteValues(req.mask)),
    strength: req.strength,
  };
  return defined(input);
}

/** The input without its unset fields (JSON drops an `undefined` key, but an RPC-bound stand-in would keep it). */
function defined<T extends object>(fields: T): T {
  const out: Partial<T> = {};
  for (const key in fields) if (fields[key] !== undefined) out[key] = fields[key];
  return out as T;
}
