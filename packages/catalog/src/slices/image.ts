import type { Catalog } from "../catalog.ts";
import { IMAGE_MODELS } from "../models/images.ts";
import { STABLE_DIFFUSION_MODELS } from "../models/images-stable-diffusion.ts";

/** The image worker's slice: text-to-image (`@wai/catalog/slices/image`). */
export const IMAGE_CATALOG: Catalog = { worker: "image", models: [...IMAGE_MODELS, ...STABLE_DIFFUSION_MODELS] };
