const normalized = new WeakMap<Readonly<Record<string, string>>, ReadonlyMap<string, string>>();

/**
 * The model id `MODEL_ALIASES` maps `name` to, if any; alias keys match case-insensitively. The lower-cased
 * table is built once per aliases object, so a request costs one map lookup.
 */
export function aliasOverride(name: string, aliases: Readonly<Record<string, string>> | undefined): string | undefined {
  if (!aliases) return undefined;
  let table = normalized.get(aliases);
  if (!table) {
    table = new Map(Object.entries(aliases).map(([alias, id]) => [alias.toLowerCase(), id]));
    normalized.set(aliases, table);
  }
  return table.get(name.toLowerCase());
}
