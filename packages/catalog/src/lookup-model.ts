import { aliasOverride } from "./alias-override.ts";
import type { Model } from "./model.ts";

/** Models by id, default alias (lower-cased) and short id (`null` when two models share one). */
export interface ModelIndex<T extends Named = Model> {
  byId: ReadonlyMap<string, T>;
  byAlias: ReadonlyMap<string, T>;
  byShortId: ReadonlyMap<string, T | null>;
}

/** What the index needs of an entry: a catalog model, or an `ID_INDEX` reference to one. */
type Named = Pick<Model, "id" | "aliases">;

export function indexModels<T extends Named = Model>(models: readonly T[]): ModelIndex<T> {
  const byId = new Map<string, T>();
  const byAlias = new Map<string, T>();
  const byShortId = new Map<string, T | null>();
  for (const model of models) {
    byId.set(model.id, model);
    for (const alias of model.aliases) byAlias.set(alias.toLowerCase(), model);
    for (const short of shortIdsOf(model.id)) byShortId.set(short, byShortId.has(short) ? null : model);
  }
  return { byId, byAlias, byShortId };
}

/**
 * The one resolution order of model names, over an index (`findModel` the whole catalog, `lookupIn` a worker's
 * slice plus `ID_INDEX`). In order:
 * 1. a Workers AI id, exactly (`@cf/meta/llama-3.1-8b-instruct-fast`);
 * 2. an alias from `MODEL_ALIASES` (`aliases`, alias → id), case-insensitive. It wins over a default alias of
 *    the same name but cannot shadow a real id. Its target is an id (or a short id, as below), not another
 *    alias; an override whose target is unknown finds nothing, never the default;
 * 3. a default alias (`gpt-4o-mini`, `whisper-1`...), case-insensitive;
 * 4. an id without its `@cf/`/`@hf/` prefix, or its last segment alone, exactly, when only one model has it.
 */
export function lookupModel<T extends Named = Model>(
  index: ModelIndex<T>,
  name: string,
  aliases: Readonly<Record<string, string>> | undefined,
): T | undefined {
  const exact = index.byId.get(name);
  if (exact) return exact;
  const target = aliasOverride(name, aliases);
  if (target !== undefined) return index.byId.get(target) ?? index.byShortId.get(target) ?? undefined;
  return index.byAlias.get(name.toLowerCase()) ?? index.byShortId.get(name) ?? undefined;
}

function shortIdsOf(id: string): string[] {
  const withoutPrefix = id.replace(/^@(cf|hf)\//, "");
  const name = id.slice(id.lastIndexOf("/") + 1);
  return withoutPrefix === name ? [name] : [withoutPrefix, name];
}
