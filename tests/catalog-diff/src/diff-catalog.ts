import type { Model } from "@wai/catalog";
import { type AiModelsSearchObject, propertyOf } from "./models-search.ts";

/** What differs between the catalog and Cloudflare's model list. */
export interface CatalogDrift {
  /** In Cloudflare's list, not in the catalog. */
  added: { id: string; task: string }[];
  /** Live in the catalog, but gone from Cloudflare's list or marked for deprecation there. */
  retired: { id: string; reason: string }[];
  /** In both, with a claim of the catalog that Cloudflare's list contradicts. */
  changed: { id: string; field: string; catalog: string; cloudflare: string }[];
}

/** "Text Generation" → "text-generation", "Text-to-Image" → "text-to-image": Cloudflare's task names as ids. */
export const toTaskId = (name: string) => name.trim().toLowerCase().replace(/\s+/g, "-");

/**
 * The drift between `catalog` and Cloudflare's `listed` models, on `today` (YYYY-MM-DD). Compared: presence,
 * `planned_deprecation_date`, the task, and the properties the catalog makes claims about (`context_window`,
 * `function_calling` for text generation, `beta`). Sorted by model id.
 */
export function diffCatalog(
  catalog: readonly Model[],
  listed: readonly AiModelsSearchObject[],
  today: string,
): CatalogDrift {
  const known = new Map(catalog.map((m) => [m.id, m]));
  const remote = new Map(listed.map((m) => [m.name, m]));
  const drift: CatalogDrift = { added: [], retired: [], changed: [] };
  for (const [id, m] of remote) if (!known.has(id)) drift.added.push({ id, task: toTaskId(m.task.name) });
  for (const model of catalog) {
    const listing = remote.get(model.id);
    if (model.retired) {
      if (listing && model.retired.date <= today && !propertyOf(listing, "planned_deprecation_date")) {
        const since = `retired ${model.retired.approximate ? "by " : "on "}${model.retired.date}`;
        drift.changed.push({ id: model.id, field: "status", catalog: since, cloudflare: "listed" });
      }
      continue;
    }
    if (!listing) {
      drift.retired.push({ id: model.id, reason: "not in Cloudflare's list" });
      continue;
    }
    const deprecation = propertyOf(listing, "planned_deprecation_date");
    if (deprecation) drift.retired.push({ id: model.id, reason: `planned_deprecation_date ${deprecation}` });
    drift.changed.push(...changesOf(model, listing));
  }
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  drift.added.sort(byId);
  drift.retired.sort(byId);
  drift.changed.sort(byId);
  return drift;
}

function changesOf(model: Model, listing: AiModelsSearchObject): CatalogDrift["changed"] {
  const changes: CatalogDrift["changed"] = [];
  const differ = (field: string, catalog: string, cloudflare: string) => {
    if (catalog !== cloudflare) changes.push({ id: model.id, field, catalog, cloudflare });
  };
  differ("task", model.task, toTaskId(listing.task.name));
  const context = propertyOf(listing, "context_window");
  if (context !== undefined) differ("context_window", String(model.limits.contextWindow ?? "none"), context);
  if (model.task === "text-generation") {
    differ(
      "function_calling",
      String(model.capabilities.tools),
      String(propertyOf(listing, "function_calling") === "true"),
    );
  }
  differ("beta", String(model.beta === true), String(propertyOf(listing, "beta") === "true"));
  return changes;
}
