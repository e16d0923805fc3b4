import { indexModels, lookupModel } from "./lookup-model.ts";
import type { Model } from "./model.ts";
import { MODELS } from "./models/index.ts";

const INDEX = indexModels(MODELS);

/**
 * The catalog model a name gives, retired ones included (`resolveModel` serves their successor), by the one
 * resolution order of `lookupModel`: id, `MODEL_ALIASES` override, default alias, short id.
 */
export function findModel(idOrAlias: string, aliases?: Readonly<Record<string, string>>): Model | undefined {
  return lookupModel(INDEX, idOrAlias, aliases);
}
