import { aliasOverride } from "./alias-override.ts";
import { IMAGE_MODELS } from "./models/images.ts";
import { STABLE_DIFFUSION_MODELS } from "./models/images-stable-diffusion.ts";

const IDS = new Set<string>();
const ALIASES = new Set<string>();
for (const model of [...IMAGE_MODELS, ...STABLE_DIFFUSION_MODELS]) {
  IDS.add(model.id);
  IDS.add(model.id.replace(/^@(cf|hf)\//, ""));
  IDS.add(model.id.slice(model.id.lastIndexOf("/") + 1));
  for (const alias of model.aliases) ALIASES.add(alias.toLowerCase());
}

/**
 * Whether a request's model makes images: `findModel(name, aliases)?.task === "text-to-image"`, answered
 * from the image models alone. The router imports this entry (`@wai/catalog/is-image-model`) instead of the
 * whole catalog, which keeps its bundle small; a test holds the two answers equal for every name.
 */
export function isImageModel(name: string, aliases?: Readonly<Record<string, string>>): boolean {
  if (IDS.has(name)) return true;
  const target = aliasOverride(name, aliases);
  if (target !== undefined) return IDS.has(target);
  return ALIASES.has(name.toLowerCase());
}
