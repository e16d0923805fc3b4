import type { Model, ServingWorker, Task } from "./model.ts";

/** The ids one worker serves in one task, and the default aliases of those ids: one group of `ID_INDEX`. */
export interface IdGroup {
  worker: ServingWorker;
  task: Task;
  ids: readonly string[];
  /** Default alias → id, for this group's ids. */
  aliases: Readonly<Record<string, string>>;
}

/**
 * The compact index of a model list, one group per worker and task in catalog order (`ID_INDEX` is this of
 * `MODELS`, written out by scripts/write-id-index.ts, each group its own constant so a slice ships only the
 * groups it does not carry in full).
 */
export function toIdIndex(models: readonly Model[]): IdGroup[] {
  const groups = new Map<
    string,
    { worker: ServingWorker; task: Task; ids: string[]; aliases: Record<string, string> }
  >();
  for (const model of models) {
    const key = `${model.worker} ${model.task}`;
    const group = groups.get(key) ?? { worker: model.worker, task: model.task, ids: [], aliases: {} };
    groups.set(key, group);
    group.ids.push(model.id);
    for (const alias of model.aliases) group.aliases[alias] = model.id;
  }
  return [...groups.values()];
}

/** The name of a group's constant in src/id-index.ts: `CHAT_EMBED_TEXT_GENERATION_IDS`. */
export function idGroupName(group: Pick<IdGroup, "worker" | "task">): string {
  return `${group.worker}_${group.task}_ids`.replace(/-/g, "_").toUpperCase();
}
