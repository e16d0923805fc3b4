import { type Model, type ModelProblem, type ServingWorker, TASK_ENDPOINT, type Task } from "@wai/catalog";

/** What the errors name of a model: a catalog entry or a reference from `ID_INDEX`. */
type Named = Pick<Model, "task" | "worker">;

import { ApiError } from "../api-error.ts";

/** The `ApiError` a resolution problem is answered with: 404 or 400, always `param: "model"`. */
export function modelError(problem: ModelProblem): ApiError {
  switch (problem.problem) {
    case "not-found":
      return modelNotFound(
        problem.name,
        problem.aliasTarget === undefined
          ? undefined
          : `MODEL_ALIASES maps it to \`${problem.aliasTarget}\`, which is not a model in the catalog.`,
      );
    case "retired":
      return modelRetired(problem.name, problem.model);
    case "wrong-task":
      return modelWrongTask(problem.name, problem.model, problem.tasks);
    case "wrong-worker":
      return modelWrongWorker(problem.name, problem.model, problem.worker);
    case "unlisted-refused":
      return modelNotFound(
        problem.name,
        `\`${problem.id}\` is not in this gateway's catalog, and UNLISTED_MODELS=reject keeps unlisted models out.`,
      );
  }
}

const LIST_HINT = "GET /v1/models lists the models this gateway serves.";

/** 404 in OpenAI's words, with a pointer to the list; `detail` says more when we know more. */
export function modelNotFound(name: string, detail?: string): ApiError {
  const base = `The model \`${name}\` does not exist or you do not have access to it.`;
  return new ApiError({
    status: 404,
    type: "invalid_request_error",
    code: "model_not_found",
    param: "model",
    message: detail ? `${base} ${detail} ${LIST_HINT}` : `${base} ${LIST_HINT}`,
  });
}

/** 404 naming when Cloudflare retired the model and what to use instead. */
export function modelRetired(name: string, model: Model): ApiError {
  const { date, replacement, approximate } = model.retired ?? { date: "?", replacement: "?" };
  const which = name === model.id ? `\`${name}\`` : `\`${name}\` (\`${model.id}\`)`;
  const when = approximate ? `no later than ${date} (Cloudflare published no date)` : `on ${date}`;
  return new ApiError({
    status: 404,
    type: "invalid_request_error",
    code: "model_retired",
    param: "model",
    message:
      `The model ${which} was retired by Cloudflare ${when} and no longer runs on Workers AI. ` +
      `Use \`${replacement}\` instead.`,
  });
}

/** 400 when the model does another job than this endpoint's: names its task and the route that serves it. */
export function modelWrongTask(name: string, model: Named, tasks: readonly Task[]): ApiError {
  return new ApiError({
    status: 400,
    type: "invalid_request_error",
    code: "model_not_supported",
    param: "model",
    message:
      `The model \`${name}\` is a ${model.task} model; this endpoint serves ${tasks.join(" and ")} models. ` +
      `Use it with ${TASK_ENDPOINT[model.task]}.`,
  });
}

/** 400 when another worker of this gateway serves the model (this worker is deployed on its own). */
export function modelWrongWorker(name: string, model: Named, worker: ServingWorker): ApiError {
  return new ApiError({
    status: 400,
    type: "invalid_request_error",
    code: "model_not_supported",
    param: "model",
    message:
      `The model \`${name}\` is served by the ${model.worker} worker, not by this one (${worker}). ` +
      `Send the request through the gateway's router, or to the ${model.worker} worker.`,
  });
}
