import { type Catalog, servedModels, toModelList } from "@wai/catalog";

/**
 * `GET /v1/models`: the models the catalog's worker serves (its slice), retired ones left out. The body never
 * changes between deploys, so it is serialized once, when the route is registered.
 */
export function listModelsHandler(catalog: Catalog): () => Response {
  const body = JSON.stringify(toModelList(servedModels(catalog)));
  return () => new Response(body, { headers: { "content-type": "application/json" } });
}
