import type { Model } from "./model.ts";
import type { ModelObject } from "./model-object.ts";

/** A catalog model as OpenAI's `Model` object; a retired one carries OpenAI's `shutdown_date`. */
export function toModelObject(model: Model): ModelObject {
  const object: ModelObject = { id: model.id, object: "model", created: model.created, owned_by: model.ownedBy };
  if (model.retired) object.shutdown_date = model.retired.date;
  return object;
}
