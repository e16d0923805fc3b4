import { ID_INDEX } from "./id-index.ts";
import { indexModels, lookupModel, type ModelIndex } from "./lookup-model.ts";
import type { Model, ServingWorker, Task } from "./model.ts";

/**
 * What one worker carries of the catalog: its models in full (`models`: those it serves, plus any it runs for
 * another purpose, such as translate's chat models) and, through `ID_INDEX`, the id, task and worker of every
 * other model. `resolveModels`, `/v1/models` and the prices work on it; the whole catalog is one too.
 */
export interface Catalog {
  /** The worker whose catalog this is: `/v1/models` lists its models (the whole catalog's: every worker's). */
  worker?: ServingWorker;
  models: readonly Model[];
}

/** A model this catalog does not carry: only what `ID_INDEX` says of it. */
export interface ModelRef {
  id: string;
  task: Task;
  worker: ServingWorker;
  aliases: readonly string[];
  /** Marks an entry of the index, not a model this worker can run. */
  ref: true;
}

const indexes = new WeakMap<Catalog, ModelIndex<Model | ModelRef>>();

/**
 * The model or index entry a name gives in a catalog, by the one resolution order of `lookupModel`. Short ids
 * count as ambiguous across the whole catalog, whatever the slice, so a name resolves the same on every worker.
 */
export function lookupIn(
  catalog: Catalog,
  name: string,
  aliases: Readonly<Record<string, string>> | undefined,
): Model | ModelRef | undefined {
  let index = indexes.get(catalog);
  if (!index) {
    index = indexModels<Model | ModelRef>([...catalog.models, ...refsOutside(catalog.models)]);
    indexes.set(catalog, index);
  }
  return lookupModel(index, name, aliases);
}

/** A full catalog entry, not an index reference. */
export function isModel(entry: Model | ModelRef): entry is Model {
  return !("ref" in entry);
}

/** The models a catalog's `/v1/models` lists: its worker's, retired ones left out. */
export function servedModels(catalog: Catalog): Model[] {
  return catalog.models.filter(
    (model) => !model.retired && (catalog.worker === undefined || model.worker === catalog.worker),
  );
}

function refsOutside(models: readonly Model[]): ModelRef[] {
  const own = new Set(models.map((model) => model.id));
  const refs = new Map<string, ModelRef & { aliases: string[] }>();
  for (const [key, ids] of Object.entries(ID_INDEX.ids)) {
    const [worker, task] = key.split(" ") as [ServingWorker, Task];
    for (const id of ids) if (!own.has(id)) refs.set(id, { id, task, worker, aliases: [], ref: true });
  }
  for (const [alias, id] of Object.entries(ID_INDEX.aliases)) refs.get(id)?.aliases.push(alias);
  return [...refs.values()];
}
