import type { Model } from "@wai/catalog";
import type { ImageRequest } from "../image-request.ts";
import type { Size } from "../to-size.ts";
import { toByteValues } from "./to-byte-values.ts";

/** What is decided once per request and shared by its n images. */
export interface ImagePlan {
  size: Size | undefined;
  steps: number | undefined;
  /** The SD family's source image and mask as byte values, built once for all n calls (they are large). */
  imageValues?: number[] | undefined;
  maskValues?: number[] | undefined;
}

/**
 * One Workers AI call's inputs, by the model's input style (reference §2.4). The SD family takes
 * `num_steps` and its source image and mask as arrays of byte values (Cloudflare's own img2img and
 * inpainting examples; `image_b64` is in the schema but no example uses it); flux-1-schnell takes only
 * `prompt` and `steps` (any other key is a 5006); Leonardo takes `num_steps`; FLUX.2 takes multipart form data
 * even for a prompt alone, its source image as `input_image_0`. Fields a style lacks were refused earlier
 * (`checkSupported`), so none is dropped here.
 */
export function toImageInputs(model: Model, req: ImageRequest, plan: ImagePlan, seed: number | undefined) {
  if (model.input === "flux-schnell") return { prompt: req.prompt, ...defined({ steps: plan.steps }) };
  if (model.input === "flux-2-multipart") return { multipart: toMultipart(req, plan, seed) };
  const common = defined({
    prompt: req.prompt,
    negative_prompt: req.negative_prompt,
    width: plan.size?.width,
    height: plan.size?.height,
    num_steps: plan.steps,
    guidance: req.guidance,
    seed,
  });
  if (model.input !== "stable-diffusion") return common;
  return {
    ...common,
    ...defined({
      image: req.image && (plan.imageValues ?? toByteValues(req.image)),
      mask: req.mask && (plan.maskValues ?? toByteValues(req.mask)),
      strength: req.strength,
    }),
  };
}

function toMultipart(req: ImageRequest, plan: ImagePlan, seed: number | undefined) {
  const form = new FormData();
  form.set("prompt", req.prompt);
  const fields = {
    width: plan.size?.width,
    height: plan.size?.height,
    steps: plan.steps,
    seed,
    guidance: req.guidance,
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, String(value));
  if (req.image) form.set("input_image_0", new Blob([req.image]), "image");
  const body = new Response(form);
  return { body: body.body, contentType: body.headers.get("content-type") };
}

function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key in fields) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}
