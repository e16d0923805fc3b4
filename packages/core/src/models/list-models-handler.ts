import { type Catalog, type ModelObject, servedModels, toModelList } from "@wai/catalog";

/**
 * `GET /v1/models`: the models the catalog's worker serves (its slice), retired ones left out, then `extra`
 * names the worker also answers to (chat-embed's Claude families). The body never changes between deploys, so
 * it is serialized once, when the route is registered.
 */
export function listModelsHandler(catalog: Catalog, extra: readonly ModelObject[] = []): () => Response {
  const list = toModelList(servedModels(catalog));
  const body = JSON.stringify({ ...list, data: [...list.data, ...extra] });
  return () => new Response(body, { headers: { "content-type": "application/json" } });
}
