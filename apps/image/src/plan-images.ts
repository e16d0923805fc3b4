import type { Model } from "@wai/catalog";
import { checkSupported } from "./check-supported.ts";
import type { ImageRequest } from "./image-request.ts";
import { SEED_LIMIT } from "./limits.ts";
import { toSize } from "./to-size.ts";
import { toSteps } from "./to-steps.ts";
import { toByteValues } from "./upstream/to-byte-values.ts";
import { type ImagePlan, toImageInputs } from "./upstream/to-image-inputs.ts";

/**
 * The Workers AI inputs of each of the request's n images, after refusing what the model cannot do. Each image
 * gets its own seed (the client's `seed` + i, so a run can be repeated; otherwise random), so n images differ.
 * flux-1-schnell takes no seed: each of its calls draws its own.
 */
export function planImages(model: Model, req: ImageRequest): { plan: ImagePlan; inputs: Record<string, unknown>[] } {
  checkSupported(model, req);
  const bytes = model.input === "stable-diffusion";
  const plan: ImagePlan = {
    size: toSize(model, req.size),
    steps: toSteps(model, req.quality, req.steps),
    imageValues: bytes && req.image ? toByteValues(req.image) : undefined,
    maskValues: bytes && req.mask ? toByteValues(req.mask) : undefined,
  };
  const takesSeed = model.input !== "flux-schnell";
  const base = req.seed ?? randomSeed();
  const inputs = Array.from({ length: req.n }, (_, i) =>
    toImageInputs(model, req, plan, takesSeed ? (base + i) % SEED_LIMIT : undefined),
  );
  return { plan, inputs };
}

function randomSeed(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % SEED_LIMIT;
}
