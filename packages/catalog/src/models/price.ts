import type { Price } from "../model.ts";

/** Workers AI bills $0.011 per 1,000 neurons. */
export const NEURONS_PER_USD = 1000 / 0.011;

/** USD to neurons, to two decimals. */
export const toNeurons = (usd: number): number => Math.round(usd * NEURONS_PER_USD * 100) / 100;

/**
 * A price given in USD per million tokens (model JSON or pricing page), in neurons. Where the pricing page
 * prints its own neuron figures, the data files use those instead: Cloudflare rounds its USD prices, so the
 * two differ by up to 10% on the smallest prices (whisper: $0.0005 = 45.45 neurons by the formula, 41.14 billed).
 */
export function perMTokens(inputUsd: number, outputUsd?: number): Price {
  return outputUsd === undefined
    ? { inputPerMTokens: toNeurons(inputUsd) }
    : { inputPerMTokens: toNeurons(inputUsd), outputPerMTokens: toNeurons(outputUsd) };
}

/** A price per unit (audio minute, 512×512 tile, 1,000 characters...), in neurons. */
export function perUnit(usd: number, unit: string): Price {
  return { perUnit: { neurons: toNeurons(usd), unit } };
}
