import { aliasOverride } from "./alias-override.ts";
import { type Catalog, isModel, lookupIn, type ModelRef } from "./catalog.ts";
import { isWorkersAiId } from "./is-workers-ai-id.ts";
import type { Model, ServingWorker, Task } from "./model.ts";
import type { ModelSettings } from "./model-vars.ts";
import { type PassThroughTask, unlistedModel } from "./unlisted-model.ts";

/** What a route serves: its worker, its task(s), and the task an unlisted id is passed through in, if any. */
export interface ModelRoute {
  /** The models the worker carries (its slice, `@wai/catalog/slices/<worker>`), and what it knows of the rest. */
  catalog: Catalog;
  /** The worker asking: a model another worker serves is refused. */
  worker?: ServingWorker;
  /** The task(s) of the endpoint: an embedding model on the chat route is refused. */
  task?: Task | readonly Task[];
  /** An unlisted `@cf/`/`@hf/` id is sent to Workers AI in this task; unset: such ids are not found here. */
  passThrough?: PassThroughTask;
}

/** Why a name gives no model on a route; `model-errors` in packages/core words each as an `ApiError`. */
export type ModelProblem =
  | { problem: "not-found"; name: string; aliasTarget?: string }
  | { problem: "retired"; name: string; model: Model }
  | { problem: "wrong-task"; name: string; model: Model | ModelRef; tasks: readonly Task[] }
  | { problem: "wrong-worker"; name: string; model: Model | ModelRef; worker: ServingWorker }
  | { problem: "unlisted-refused"; name: string; id: string };

/** The models to try for a request, in order (the named one, then its `MODEL_FALLBACKS` ladder). */
export interface ResolvedModels {
  problem?: undefined;
  /** The name the client sent. */
  requested: string;
  models: readonly [Model, ...Model[]];
  /** What the resolution did that the client should know (a successor serving a retired id...). */
  notes: string[];
}

/**
 * The one resolution of a request's model name, for every worker: the catalog model it names (`lookupIn` the
 * route's catalog: a model another worker serves is known by `ID_INDEX` and refused as such), a
 * retired one's successor (unless `RETIRED_MODELS=reject`), an unlisted Workers AI id passed through (unless
 * `UNLISTED_MODELS=reject`), then the `MODEL_FALLBACKS` ladder of whichever of those names it has. A name that
 * is neither an id nor an alias is a problem, never a silent substitute.
 */
export function resolveModels(name: string, settings: ModelSettings, route: ModelRoute): ResolvedModels | ModelProblem {
  const first = resolveOne(name, settings, route);
  if ("problem" in first) return first;
  const notes = [...first.notes];
  const models: [Model, ...Model[]] = [first.model];
  for (const entry of ladderOf([name, first.retired?.id, first.model.id], settings)) {
    const next = resolveOne(entry, settings, route);
    if ("problem" in next)
      notes.push(`fallback: MODEL_FALLBACKS names \`${entry}\`, which cannot serve this route; skipped`);
    else if (!models.some((m) => m.id === next.model.id)) models.push(next.model);
  }
  return { requested: name, models, notes };
}

interface One {
  model: Model;
  retired?: Model;
  notes: string[];
}

function resolveOne(name: string, settings: ModelSettings, route: ModelRoute): One | ModelProblem {
  const found = lookupIn(route.catalog, name, settings.aliases);
  if (!found) return unlisted(name, settings, route);
  if (!isModel(found)) return elsewhere(name, found, route);
  let model = found;
  const notes: string[] = [];
  if (found.retired) {
    if (settings.retired === "reject") return { problem: "retired", name, model: found };
    const successor = successorOf(found, route.catalog);
    if (!successor) return { problem: "retired", name, model: found };
    const when = found.retired.approximate ? `no later than ${found.retired.date}` : `on ${found.retired.date}`;
    notes.push(`model: \`${found.id}\` was retired by Cloudflare ${when}; served by its successor \`${successor.id}\``);
    model = successor;
  }
  const tasks = taskList(route.task);
  if (tasks && !tasks.includes(model.task)) return { problem: "wrong-task", name, model, tasks };
  if (route.worker !== undefined && model.worker !== route.worker)
    return { problem: "wrong-worker", name, model, worker: route.worker };
  return found.retired ? { model, retired: found, notes } : { model, notes };
}

/** A model this worker does not carry: refused for its task, or as another worker's. */
function elsewhere(name: string, model: ModelRef, route: ModelRoute): ModelProblem {
  const tasks = taskList(route.task);
  if (tasks && !tasks.includes(model.task)) return { problem: "wrong-task", name, model, tasks };
  return { problem: "wrong-worker", name, model, worker: route.worker ?? route.catalog.worker ?? model.worker };
}

function unlisted(name: string, settings: ModelSettings, route: ModelRoute): One | ModelProblem {
  const aliasTarget = aliasOverride(name, settings.aliases);
  const id = aliasTarget ?? name;
  if (!isWorkersAiId(id) || route.passThrough === undefined) {
    return aliasTarget === undefined ? { problem: "not-found", name } : { problem: "not-found", name, aliasTarget };
  }
  if (settings.unlisted === "reject") return { problem: "unlisted-refused", name, id };
  const note = `model: \`${id}\` is not in this gateway's catalog; passed through to Workers AI as ${route.passThrough}`;
  return { model: unlistedModel(id, route.passThrough), notes: [note] };
}

/** The live model a retired one's replacement leads to (replacements may themselves retire later). */
function successorOf(model: Model, catalog: Catalog): Model | undefined {
  let next: Model | ModelRef | undefined = model;
  for (let hops = 0; next && isModel(next) && next.retired && hops < 5; hops++)
    next = lookupIn(catalog, next.retired.replacement, undefined);
  return next && isModel(next) && !next.retired ? next : undefined;
}

/** The first ladder `MODEL_FALLBACKS` has for any of these names (the one sent, the retired id, the served id). */
function ladderOf(names: (string | undefined)[], settings: ModelSettings): readonly string[] {
  for (const name of names) {
    const ladder = name === undefined ? undefined : settings.fallbacks[name.toLowerCase()];
    if (ladder) return ladder;
  }
  return [];
}

function taskList(task: Task | readonly Task[] | undefined): readonly Task[] | undefined {
  return task === undefined ? undefined : typeof task === "string" ? [task] : task;
}
