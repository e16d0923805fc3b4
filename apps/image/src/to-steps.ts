import type { Model } from "@wai/catalog";
import { badRequest } from "@wai/core";

/**
 * Diffusion steps from OpenAI's `quality`, within the model's cap (SD family 20, flux-1-schnell 8): `low` half the
 * default, `standard`/`medium`/`auto` the default, `hd`/`high` the cap. An explicit `steps` (an extension) wins;
 * above the cap it is a 400. FLUX.2 klein runs a fixed number of steps and takes no `steps` field: `undefined`.
 */
export function toSteps(
  model: Model,
  quality: string | null | undefined,
  steps: number | undefined,
): number | undefined {
  const max = model.limits.maxSteps ?? 20;
  const def = Math.min(model.limits.defaultSteps ?? max, max);
  const fixed = model.input === "flux-2-multipart" && max === def;
  if (steps !== undefined && (steps > max || (fixed && steps !== max))) {
    const allowed = fixed ? `runs a fixed ${max} steps` : `takes at most ${max} steps`;
    throw badRequest(`The model \`${model.id}\` ${allowed}; got ${steps}.`, "steps");
  }
  if (fixed) return undefined;
  if (steps !== undefined) return steps;
  if (quality === "low") return Math.max(1, Math.round(def / 2));
  if (quality === "hd" || quality === "high") return max;
  return def;
}
