import type { Model } from "./model.ts";
import type { ModelObject } from "./model-object.ts";

/**
 * A catalog model as OpenAI's `Model` object. A retired one carries OpenAI's `shutdown_date` and says so:
 * `retired: true` and the `successor` that serves its requests (or that `RETIRED_MODELS=reject` names).
 */
export function toModelObject(model: Model): ModelObject {
  const object: ModelObject = { id: model.id, object: "model", created: model.created, owned_by: model.ownedBy };
  if (model.retired) {
    object.retired = true;
    object.shutdown_date = model.retired.date;
    object.successor = model.retired.replacement;
  }
  return object;
}
