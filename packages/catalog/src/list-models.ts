import type { Model, ServingWorker, Task } from "./model.ts";
import { MODELS } from "./models/index.ts";

export interface ListModelsFilter {
  /** Only the models this worker serves. */
  worker?: ServingWorker;
  task?: Task;
  /** Retired models too (left out by default: clients pick from `/v1/models`, and these no longer run). */
  includeRetired?: boolean;
}

/** Catalog models, in catalog order. */
export function listModels(filter: ListModelsFilter = {}): Model[] {
  const { worker, task, includeRetired = false } = filter;
  return MODELS.filter(
    (model) =>
      (includeRetired || !model.retired) &&
      (worker === undefined || model.worker === worker) &&
      (task === undefined || model.task === task),
  );
}
