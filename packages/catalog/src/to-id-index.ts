import type { Model } from "./model.ts";

/** Every catalog id by `"<worker> <task>"`, and every default alias → its id: what `ID_INDEX` holds. */
export interface IdIndex {
  ids: Readonly<Record<string, readonly string[]>>;
  aliases: Readonly<Record<string, string>>;
}

/** The compact index of a model list (`ID_INDEX` is this of `MODELS`, written out by scripts/write-id-index.ts). */
export function toIdIndex(models: readonly Model[]): IdIndex {
  const ids: Record<string, string[]> = {};
  const aliases: Record<string, string> = {};
  for (const model of models) {
    const key = `${model.worker} ${model.task}`;
    ids[key] ??= [];
    ids[key].push(model.id);
    for (const alias of model.aliases) aliases[alias] = model.id;
  }
  return { ids, aliases };
}
