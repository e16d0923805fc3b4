import { aliasOverride } from "./alias-override.ts";
import { findModel } from "./find-model.ts";
import type { Model, ServingWorker, Task } from "./model.ts";
import { modelNotFound, modelRetired, modelWrongTask, modelWrongWorker } from "./model-errors.ts";

export interface RequireModelOptions {
  /** `MODEL_ALIASES`, alias → id. */
  aliases?: Readonly<Record<string, string>>;
  /** The worker asking: a model another worker serves is refused. */
  worker?: ServingWorker;
  /** The task(s) of the endpoint asking: an embedding model on the chat route is refused. */
  task?: Task | readonly Task[];
}

/**
 * `findModel`, or an `ApiError` the client can act on, never a silent substitute: 404 `model_not_found`
 * (unknown), 404 `model_retired` (names the date and the replacement), 400 `model_not_supported` (wrong task
 * for this endpoint, or served by another worker). All with `param: "model"`.
 */
export function requireModel(idOrAlias: string, options: RequireModelOptions = {}): Model {
  const model = findModel(idOrAlias, options.aliases);
  if (!model) {
    const target = aliasOverride(idOrAlias, options.aliases);
    const detail =
      target === undefined ? undefined : `MODEL_ALIASES maps it to \`${target}\`, which is not a model in the catalog.`;
    throw modelNotFound(idOrAlias, detail);
  }
  if (model.retired) throw modelRetired(idOrAlias, model);
  const { task, worker } = options;
  if (task !== undefined) {
    const tasks: readonly Task[] = typeof task === "string" ? [task] : task;
    if (!tasks.includes(model.task)) throw modelWrongTask(idOrAlias, model, tasks);
  }
  if (worker !== undefined && model.worker !== worker) throw modelWrongWorker(idOrAlias, model, worker);
  return model;
}
