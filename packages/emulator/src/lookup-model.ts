import { aiError } from "./ai-error.ts";
import type { EmulatedModel } from "./model.ts";
import { EMULATED_MODELS, RETIRED_MODELS } from "./models.ts";

const BY_ID = new Map(EMULATED_MODELS.map((m) => [m.id, m]));
const RETIRED = new Map(RETIRED_MODELS.map((m) => [m.id, m.date]));

/**
 * Workers AI knows models by exact id only (no aliases, no short ids). Unknown: `5007: No such model <id> or
 * task`. Retired: `5028: This model was deprecated on <date>`, as Cloudflare answers since its 2026 retirements.
 */
export function lookupModel(id: unknown): EmulatedModel {
  const key = typeof id === "string" ? id : "";
  const retired = RETIRED.get(key);
  if (retired) throw aiError(5028, `This model was deprecated on ${retired}`);
  const model = BY_ID.get(key);
  if (!model) throw aiError(5007, `No such model ${String(id)} or task`);
  return model;
}
