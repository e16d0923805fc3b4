import { MODELS, type Model } from "@wai/catalog";
import { aiError } from "./ai-error.ts";

const BY_ID = new Map(MODELS.map((m) => [m.id, m]));

/**
 * Workers AI knows models by exact id only (no aliases, no short ids). Unknown: `5007: No such model <id> or
 * task`. Retired: `5028: This model was deprecated on <date>`, as Cloudflare answers since its 2026 retirements.
 */
export function lookupModel(id: unknown): Model {
  const model = typeof id === "string" ? BY_ID.get(id) : undefined;
  if (!model) throw aiError(5007, `No such model ${String(id)} or task`);
  if (model.retired) throw aiError(5028, `This model was deprecated on ${model.retired.date}`);
  return model;
}
