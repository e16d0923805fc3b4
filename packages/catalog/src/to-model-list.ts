import type { Model } from "./model.ts";
import type { ListModelsResponse } from "./model-object.ts";
import { toModelObject } from "./to-model-object.ts";

/** OpenAI's `ListModelsResponse` for `GET /v1/models`. Aliases are not listed: they are names, not models. */
export function toModelList(models: readonly Model[]): ListModelsResponse {
  return { object: "list", data: models.map(toModelObject) };
}
