import type { GatewayRequest, GatewayVars } from "@wai/core";
import { findModel } from "../find-model.ts";
import type { ServingWorker } from "../model.ts";
import { modelNotFound } from "../model-errors.ts";
import { toModelObject } from "../to-model-object.ts";
import { aliasesFromEnv } from "./aliases-from-env.ts";

/**
 * `GET /v1/models/{model}` (route `/v1/models/:model+`, since ids contain slashes): the model an id, short id
 * or alias names, as OpenAI's `Model` object with its canonical id. A retired model is still described, with
 * `shutdown_date`, so a client can learn why its calls fail; 404 `model_not_found` for an unknown one, or one
 * another worker serves when `worker` is given.
 */
export function getModelHandler(worker?: ServingWorker) {
  return (request: Pick<GatewayRequest, "params">, env?: Pick<GatewayVars, "MODEL_ALIASES">): Response => {
    const name = decode(request.params.model ?? "");
    const model = findModel(name, aliasesFromEnv(env));
    if (!model) throw modelNotFound(name);
    if (worker !== undefined && model.worker !== worker) {
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
