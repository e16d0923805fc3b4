import type { GatewayRequest } from "@wai/core";
import { requireModel } from "./find-model.ts";
import type { ServingWorker } from "./model.ts";
import { listModels, toModelList, toModelObject } from "./to-model-list.ts";

/** `GET /v1/models` for one worker's models (or every model, for the router). */
export function listModelsHandler(worker?: ServingWorker) {
  return () => Response.json(toModelList(listModels(worker ? { worker } : {})));
}

/** `GET /v1/models/:model+`: one model by id or alias, 404 in OpenAI's shape when unknown. */
export function getModelHandler(worker?: ServingWorker) {
  return (request: GatewayRequest) => {
    const id = decodeURIComponent(request.params.model ?? "");
    return Response.json(toModelObject(requireModel(id, worker ? { worker } : {})));
  };
}
