import type { Model } from "@wai/catalog";
import type { AiClient } from "@wai/core";
import type { GeneratedImage } from "./generated-image.ts";
import { toGeneratedImage } from "./to-generated-image.ts";

/**
 * Runs one Workers AI call per image, all at once (at most 4: under the 6 connections a Worker may hold open).
 * The first failure fails the request with its mapped error (a 429 stays a 429, so gateways retry).
 */
export function generateImages(ai: AiClient, model: Model, inputs: Record<string, unknown>[]): Promise<GeneratedImage[]> {
  return Promise.all(inputs.map(async (input) => toGeneratedImage(await ai.run(model.id, input), model.id)));
}
