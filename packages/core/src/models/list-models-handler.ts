import { listModels, type ServingWorker, toModelList } from "@wai/catalog";

/**
 * `GET /v1/models`: the models `worker` serves, or every model (the router), retired ones left out. The body
 * never changes between deploys, so it is serialized once, when the route is registered.
 */
export function listModelsHandler(worker?: ServingWorker): () => Response {
  const body = JSON.stringify(toModelList(listModels({ worker })));
  return () => new Response(body, { headers: { "content-type": "application/json" } });
}
