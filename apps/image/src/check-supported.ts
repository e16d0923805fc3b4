import type { Model } from "@wai/catalog";
import { badRequest } from "@wai/core";
import type { ImageRequest } from "./image-request.ts";
import { DEFAULT_MAX_PROMPT_CHARS } from "./limits.ts";

/** Models that can edit, named in errors so the client knows what to ask for instead. */
const EDIT_MODELS =
  "`@cf/runwayml/stable-diffusion-v1-5-img2img`, `@cf/runwayml/stable-diffusion-v1-5-inpainting` (with a mask) or a FLUX.2 model";

/**
 * Refuses, with a 400 naming the field, whatever the model cannot honour: a field set by the client is never
 * dropped on the way to Workers AI. flux-1-schnell takes only a prompt and steps; FLUX.2 has no negative prompt;
 * only the SD 1.5 img2img/inpainting models (and FLUX.2, as a reference image) take a source image, and those
 * two need one (inpainting a mask too).
 */
export function checkSupported(model: Model, req: ImageRequest): void {
  const promptParam = req.promptParam ?? "prompt";
  const max = model.limits.maxPromptChars ?? DEFAULT_MAX_PROMPT_CHARS;
  if (req.prompt.length > max) {
    throw badRequest(
      `The prompt is ${req.prompt.length} characters long; the model \`${model.id}\` takes at most ${max}.`,
      promptParam,
      "string_above_max_length",
    );
  }
  if (!req.prompt.trim()) throw badRequest("The prompt is empty: say what the image should show.", promptParam);
  const refuse = (field: string, why: string) =>
    badRequest(`The model \`${model.id}\` ${why}.`, field, "unsupported_parameter");
  if (model.input === "flux-schnell") {
    for (const field of ["negative_prompt", "seed", "guidance"] as const) {
      if (req[field] !== undefined) throw refuse(field, `takes only a prompt and steps, not \`${field}\``);
    }
  }
  if (model.input === "flux-2-multipart" && req.negative_prompt !== undefined) {
    throw refuse("negative_prompt", "takes no negative prompt");
  }
  if (req.image && !model.capabilities.imageInput) {
    throw refuse(req.imageParam ?? "image", `cannot start from an image; use ${EDIT_MODELS}`);
  }
  if (req.mask && !model.capabilities.mask) {
    throw refuse("mask", "takes no mask; use `@cf/runwayml/stable-diffusion-v1-5-inpainting`");
  }
  // Workers AI answers 3030 "missing required input mask_image" otherwise (cloudflare-docs#21061).
  if (model.input === "stable-diffusion" && model.capabilities.imageInput && !req.image) {
    throw refuse(req.imageParam ?? "model", "edits an image: send one to /v1/images/edits (or in a chat message)");
  }
  if (model.capabilities.mask && !req.mask) {
    throw refuse(req.image ? "mask" : (req.imageParam ?? "model"), "inpaints: it needs a `mask` with the image");
  }
  if (req.strength !== undefined && !(req.image && model.input === "stable-diffusion")) {
    throw refuse("strength", "uses `strength` only with a source image (an edit on a Stable Diffusion 1.5 model)");
  }
}
