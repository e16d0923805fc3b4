import type { Model } from "@wai/catalog";
import { badRequest } from "@wai/core";
import type { ImageRequest } from "./image-request.ts";
import { DEFAULT_MAX_PROMPT_CHARS } from "./limits.ts";

/** Models that can edit, named in errors so the client knows what to ask for instead. */
const EDIT_MODELS =
  "`@cf/runwayml/stable-diffusion-v1-5-img2img`, `@cf/runwayml/stable-diffusion-v1-5-inpainting` (with a mask) or a FLUX.2 model";

/**
 * Refuses, with a 400 naming the field, whatever the model cannot honour: a field set by the client is never
 * dropped on the way to Workers AI. The catalog says which models take a negative prompt and a seed (their
 * published types: flux-1-schnell takes only a prompt and steps, FLUX.2 and lucid-origin no negative prompt) and
 * the range of `guidance` (phoenix 2–10); only the SD 1.5 img2img/inpainting models (and FLUX.2, as a reference
 * image) take a source image, and those two need one (inpainting a mask too).
 */
export function checkSupported(model: Model, req: ImageRequest): void {
  checkPrompt(model, req);
  const refuse = (field: string, why: string) =>
    badRequest(`The model \`${model.id}\` ${why}.`, field, "unsupported_parameter");
  if (model.input === "flux-schnell" && req.guidance !== undefined) {
    throw refuse("guidance", "takes only a prompt and steps, not `guidance`");
  }
  if (req.negative_prompt !== undefined && !model.capabilities.negativePrompt) {
    throw refuse("negative_prompt", "takes no negative prompt");
  }
  if (req.seed !== undefined && !model.capabilities.seed) {
    throw refuse("seed", "takes no seed: each call draws a new picture, so a run cannot be repeated");
  }
  checkGuidance(model, req.guidance);
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

function checkPrompt(model: Model, req: ImageRequest): void {
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
}

/** `guidance` within the model's published range (catalog `minGuidance`/`maxGuidance`), else a 400. */
function checkGuidance(model: Model, guidance: number | undefined): void {
  const { minGuidance = 0, maxGuidance = Number.POSITIVE_INFINITY } = model.limits;
  if (guidance === undefined || (guidance >= minGuidance && guidance <= maxGuidance)) return;
  const range = Number.isFinite(maxGuidance) ? `from ${minGuidance} to ${maxGuidance}` : `at least ${minGuidance}`;
  const code = guidance > maxGuidance ? "decimal_above_max_value" : "decimal_below_min_value";
  throw badRequest(`The model \`${model.id}\` takes \`guidance\` ${range}; got ${guidance}.`, "guidance", code);
}
