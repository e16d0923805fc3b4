import { aliasOverride } from "./alias-override.ts";
import type { Model } from "./model.ts";
import { MODELS } from "./models/index.ts";

const byId = new Map<string, Model>();
const byAlias = new Map<string, Model>();
/**
 * Ids without `@cf/` / `@hf/` (`meta/llama-3.3-70b-instruct-fp8-fast`) or bare (`llama-3.3-70b-instruct-fp8-fast`);
 * `null` when two models share one, so an ambiguous short id finds nothing.
 */
const byShortId = new Map<string, Model | null>();

for (const model of MODELS) {
  byId.set(model.id, model);
  for (const alias of model.aliases) byAlias.set(alias.toLowerCase(), model);
  for (const short of shortIdsOf(model.id)) byShortId.set(short, byShortId.has(short) ? null : model);
}

/**
 * The catalog model a request names, retired ones included (`requireModel` refuses those). In order:
 * 1. a Workers AI id, exactly (`@cf/meta/llama-3.1-8b-instruct-fast`);
 * 2. an alias from `MODEL_ALIASES` (`aliases`, alias → id), case-insensitive. It wins over a default alias of
 *    the same name but cannot shadow a real id. Its target is an id (or a short id, as below), not another
 *    alias; an override whose target is unknown finds nothing, never the default;
 * 3. a default alias (`gpt-4o-mini`, `whisper-1`...), case-insensitive;
 * 4. an id without its `@cf/`/`@hf/` prefix, or its last segment alone, exactly, when only one model has it.
 */
export function findModel(idOrAlias: string, aliases?: Readonly<Record<string, string>>): Model | undefined {
  const exact = byId.get(idOrAlias);
  if (exact) return exact;
  const target = aliasOverride(idOrAlias, aliases);
  if (target !== undefined) return byId.get(target) ?? byShortId.get(target) ?? undefined;
  return byAlias.get(idOrAlias.toLowerCase()) ?? byShortId.get(idOrAlias) ?? undefined;
}

function shortIdsOf(id: string): string[] {
  const withoutPrefix = id.replace(/^@(cf|hf)\//, "");
  const name = id.slice(id.lastIndexOf("/") + 1);
  return withoutPrefix === name ? [name] : [withoutPrefix, name];
}
