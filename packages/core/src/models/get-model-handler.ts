import { type Catalog, isModel, lookupIn, type ModelVars, modelSettingsOf, toModelObject } from "@wai/catalog";
import type { GatewayRequest } from "../create-worker.ts";
import { modelNotFound } from "./model-errors.ts";

/**
 * `GET /v1/models/{model}` (route `/v1/models/:model+`, since ids contain slashes): the model an id, short id
 * or alias names in the worker's catalog, as OpenAI's `Model` object with its canonical id. A retired model is
 * still described: retired, its `shutdown_date` and the `successor` that serves its requests. 404
 * `model_not_found` for an unknown one, or one another worker serves (the catalog's `ID_INDEX` names which).
 */
export function getModelHandler(catalog: Catalog) {
  const worker = catalog.worker;
  return (request: Pick<GatewayRequest, "params">, env?: ModelVars): Response => {
    const name = decode(request.params.model ?? "");
    const model = lookupIn(catalog, name, modelSettingsOf(env).aliases);
    if (!model) throw modelNotFound(name);
    if (!isModel(model) || (worker !== undefined && model.worker !== worker)) {
      throw modelNotFound(name, `The ${model.worker} worker serves it, not this one (${worker}).`);
    }
    return Response.json(toModelObject(model));
  };
}

function decode(param: string): string {
  if (!param.includes("%")) return param;
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
