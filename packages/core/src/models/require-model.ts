import {
  type Model,
  type ModelRoute,
  type ModelVars,
  modelSettingsOf,
  type ResolvedModels,
  resolveModels,
} from "@wai/catalog";
import { modelError } from "./model-errors.ts";

/**
 * The models a request names on a route (`resolveModels` of packages/catalog, with the worker's `MODEL_*`
 * variables): the one it names, or a retired one's successor, or an unlisted id passed through, then its
 * `MODEL_FALLBACKS` ladder. A problem is thrown as the `ApiError` the client can act on (404 `model_not_found`,
 * 404 `model_retired`, 400 `model_not_supported`), never answered by a silent substitute.
 */
export function modelsFor(name: string, env: ModelVars | undefined, route: ModelRoute): ResolvedModels {
  const resolved = resolveModels(name, modelSettingsOf(env), route);
  if (resolved.problem !== undefined) throw modelError(resolved);
  return resolved;
}

/** The one model that serves a name on a route, without a ladder (a setting such as `TRANSLATE_MODEL`). */
export function requireModel(name: string, env: ModelVars | undefined, route: ModelRoute): Model {
  return modelsFor(name, env, route).models[0];
}
