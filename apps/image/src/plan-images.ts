import type { Model } from "@wai/catalog";
import { checkSupported } from "./check-supported.ts";
import type { ImageRequest } from "./image-request.ts";
import { SEED_LIMIT } from "./limits.ts";
import { toSize } from "./to-size.ts";
import { toSteps } from "./to-steps.ts";
import { toByteValues } from "./upstream/to-byte-values.ts";
import { type ImagePlan, toImageInputs } from "./upstream/to-image-inputs.ts";
import type { UpstreamImageInput } from "./upstream/upstream-inputs.ts";

export interface PlannedImages {
  plan: ImagePlan;
  inputs: UpstreamImageInput[];
  /** What is served differently from what was asked, for the `x-gateway-notes` header. */
  notes: string[];
}

/** Said in `x-gateway-notes` when an empty `negative_prompt` is not sent (phoenix refuses one: minLength 1). */
export const EMPTY_NEGATIVE_PROMPT_NOTE = "negative_prompt: empty, so none was sent";

/**
 * The Workers AI inputs of each of the request's n images, after refusing what the model cannot do. On a model
 * that takes a seed, each image gets its own (the client's `seed` + i, so a run can be repeated; otherwise random),
 * so n images differ. A model without one (flux-1-schnell) gets none: each of its calls draws its own picture. An
 * empty `negative_prompt` asks for nothing and is not sent (a note says so).
 */
export function planImages(model: Model, asked: ImageRequest): PlannedImages {
  const notes: string[] = [];
  const req = { ...asked };
  if (req.negative_prompt !== undefined && !req.negative_prompt.trim()) {
    req.negative_prompt = undefined;
    notes.push(EMPTY_NEGATIVE_PROMPT_NOTE);
  }
  checkSupported(model, req);
  const bytes = model.input === "stable-diffusion";
  const plan: ImagePlan = {
    size: toSize(model, req.size),
    steps: toSteps(model, req.quality, req.steps),
    imageValues: bytes && req.image ? toByteValues(req.image) : undefined,
    maskValues: bytes && req.mask ? toByteValues(req.mask) : undefined,
  };
  const base = req.seed ?? randomSeed();
  const seedOf = (i: number) => (model.capabilities.seed ? (base + i) % SEED_LIMIT : undefined);
  const inputs = Array.from({ length: req.n }, (_, i) => toImageInputs(model, req, plan, seedOf(i)));
  return { plan, inputs, notes };
}

function randomSeed(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % SEED_LIMIT;
}
