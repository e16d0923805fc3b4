import type { Model } from "@wai/catalog";
import { badRequest } from "@wai/core";

/** The sampling fields whose published ranges are narrower than OpenAI's on some models. */
export interface SamplingFields {
  top_p?: number | null;
  seed?: number | null;
  frequency_penalty?: number | null;
  presence_penalty?: number | null;
}

/** The legacy schema's largest `seed` (every schema that sets `minSeed` 1 sets this maximum too). */
export const MAX_SEED = 9_999_999_999;

/**
 * Holds the sampling fields to the model's published ranges (catalog `limits`, from Cloudflare's schemas),
 * never forwarding what Workers AI refuses with 5006. `top_p` below the floor (OpenAI allows 0, greedy) is sent
 * as the floor, which means the same (only the likeliest token), and named in the notes; a `seed` or a penalty
 * out of range has no equivalent and is a 400 naming the field.
 */
export function toSamplingParams<T extends SamplingFields>(model: Model, params: T): { params: T; notes: string[] } {
  const { minTopP, minSeed, minPenalty } = model.limits;
  const seed = params.seed;
  if (minSeed !== undefined && seed != null && (seed < minSeed || seed > MAX_SEED))
    throw badRequest(
      `\`${params.seed}\` is out of range for seed on \`${model.id}\`: Workers AI takes an integer from ${minSeed} to ${MAX_SEED}.`,
      "seed",
    );
  for (const field of ["frequency_penalty", "presence_penalty"] as const) {
    const value = params[field];
    if (minPenalty !== undefined && value != null && value < minPenalty)
      throw badRequest(
        `\`${value}\` is out of range for ${field} on \`${model.id}\`: Workers AI takes ${minPenalty} to 2 for this model.`,
        field,
      );
  }
  const topP = params.top_p;
  if (minTopP === undefined || topP == null || topP >= minTopP) return { params, notes: [] };
  return {
    params: { ...params, top_p: minTopP },
    notes: [`top_p ${topP} sent as ${minTopP} (the least ${model.id} takes; same greedy choice)`],
  };
}
