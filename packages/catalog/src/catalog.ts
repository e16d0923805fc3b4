import { indexModels, lookupModel, type ModelIndex } from "./lookup-model.ts";
import type { Model, ServingWorker, Task } from "./model.ts";
import type { IdGroup } from "./to-id-index.ts";

/**
 * What one worker carries of the catalog: its models in full (`models`: those it serves, plus any it runs for
 * another purpose, such as translate's chat models) and, through its `others` (groups of `ID_INDEX`), the id,
 * task and worker of every other model. `resolveModels`, `/v1/models` and the prices work on it; the whole catalog is one too.
 */
export interface Catalog {
  /** The worker whose catalog this is: `/v1/models` lists its models (the whole catalog's: every worker's). */
  worker?: ServingWorker;
  models: readonly Model[];
  /**
   * The `ID_INDEX` groups of the models `models` leaves out (every other worker and task), so a slice ships the
   * ids it does not carry and not those it does. None for the whole catalog, which carries every model.
   */
  others?: readonly IdGroup[];
}

/** A model this catalog does not carry: only what its `ID_INDEX` group says of it. */
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
    index = indexModels<Model | ModelRef>([...catalog.models, ...refsOutside(catalog)]);
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

function refsOutside(catalog: Catalog): ModelRef[] {
  const own = new Set(catalog.models.map((model) => model.id));
  const refs = new Map<string, ModelRef & { aliases: string[] }>();
  for (const { worker, task, ids, aliases } of catalog.others ?? []) {
    for (const id of ids) if (!own.has(id)) refs.set(id, { id, task, worker, aliases: [], ref: true });
    for (const [alias, id] of Object.entries(aliases)) refs.get(id)?.aliases.push(alias);
  }
  return [...refs.values()];
}
