import type { ResolvedModels } from "@wai/catalog";
import { IMAGE_CATALOG } from "@wai/catalog/slices/image";
import { modelsFor } from "@wai/core";
import type { Env } from "./env.ts";

/** OpenAI's default image model; the catalog maps it to SDXL-Lightning unless `MODEL_ALIASES` says otherwise. */
export const OPENAI_DEFAULT_IMAGE_MODEL = "dall-e-2";

/**
 * The image models for a request: the one it names, else `DEFAULT_IMAGE_MODEL`, else `dall-e-2` (a retired one's
 * successor, then its `MODEL_FALLBACKS` ladder). Unknown or non-image models are 404/400 errors naming `model`,
 * never replaced by another; unlisted ids are not passed through here (an image model's inputs differ by family).
 */
export function resolveImageModel(name: string | null | undefined, env: Env): ResolvedModels {
  const chosen = name?.trim() || env.DEFAULT_IMAGE_MODEL?.trim() || OPENAI_DEFAULT_IMAGE_MODEL;
  return modelsFor(chosen, env, { catalog: IMAGE_CATALOG, worker: "image", task: "text-to-image" });
}
