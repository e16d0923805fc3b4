import type { SamplingFields } from "./to-sampling-params.ts";

/** The sampling fields the client set, as Workers AI takes them (null and absent alike are not sent). */
export function pickSampling(params: SamplingFields & { temperature?: number | null }) {
  const out: Partial<Record<"temperature" | keyof SamplingFields, number>> = {};
  for (const key of ["temperature", "top_p", "seed", "presence_penalty", "frequency_penalty"] as const) {
    const value = params[key];
    if (value != null) out[key] = value;
  }
  return out;
}
