import { aliasesFromEnv, type Model, requireModel } from "@wai/catalog";
import type { Env } from "./env.ts";

/** OpenAI's default image model; the catalog maps it to SDXL-Lightning unless `MODEL_ALIASES` says otherwise. */
export const OPENAI_DEFAULT_IMAGE_MODEL = "dall-e-2";

/**
 * The catalog's image model for a request: the one it names, else `DEFAULT_IMAGE_MODEL`, else `dall-e-2`. Unknown,
 * retired or non-image models are 404/400 errors naming `model`, never replaced by another.
 */
export function resolveImageModel(name: string | null | undefined, env: Env): Model {
  const chosen = name?.trim() || env.DEFAULT_IMAGE_MODEL?.trim() || OPENAI_DEFAULT_IMAGE_MODEL;
  return requireModel(chosen, { aliases: aliasesFromEnv(env), worker: "image", task: "text-to-image" });
}
