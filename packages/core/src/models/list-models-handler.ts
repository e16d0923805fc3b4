import { listModels, type ModelObject, type ServingWorker, toModelList } from "@wai/catalog";

/**
 * `GET /v1/models`: the models `worker` serves, or every model (the router), retired ones left out, then
 * `extra` names the worker also answers to (chat-embed's Claude families). The body never changes between
 * deploys, so it is serialized once, when the route is registered.
 */
export function listModelsHandler(worker?: ServingWorker, extra: readonly ModelObject[] = []): () => Response {
  const list = toModelList(listModels({ worker }));
  const body = JSON.stringify({ ...list, data: [...list.data, ...extra] });
  return () => new Response(body, { headers: { "content-type": "application/json" } });
}
