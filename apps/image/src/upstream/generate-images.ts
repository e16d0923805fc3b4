import type { Model } from "@wai/catalog";
import type { AiClient } from "@wai/core";
import type { GeneratedImage } from "./generated-image.ts";
import { toGeneratedImage } from "./to-generated-image.ts";
import type { UpstreamImageInput } from "./upstream-inputs.ts";

/**
 * Runs one Workers AI call per image, all at once (at most 4: under the 6 connections a Worker may hold open),
 * or one after another when `sequential`: an edit's source image travels as a JSON array of byte values, and
 * four such payloads serialized at once would crowd a Worker's 128 MB. The first failure fails the request
 * with its mapped error (a 429 stays a 429, so gateways retry).
 */
export async function generateImages(
  ai: AiClient,
  model: Model,
  inputs: UpstreamImageInput[],
  sequential = false,
): Promise<GeneratedImage[]> {
  // A shallow copy: the published input types are interfaces, which `AiClient.run`'s record type does not take.
  const one = async (input: UpstreamImageInput) => toGeneratedImage(await ai.run(model.id, { ...input }), model.id);
  if (!sequential) return Promise.all(inputs.map(one));
  const images: GeneratedImage[] = [];
  for (const input of inputs) images.push(await one(input));
  return images;
}
