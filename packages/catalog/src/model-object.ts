/**
 * OpenAI's `Model` object, as `/v1/models` returns it (openai-openapi `Model`). Named `ModelObject` here so it
 * does not clash with the catalog's `Model`.
 */
export interface ModelObject {
  id: string;
  object: "model";
  /** Unix seconds. */
  created: number;
  owned_by: string;
  /** `YYYY-MM-DD`: only on retired models, which only `GET /v1/models/{model}` shows. */
  shutdown_date?: string;
  /** The gateway's own: set on retired models. */
  retired?: true;
  /** The gateway's own, on retired models: the catalog id that serves their requests. */
  successor?: string;
}

/** OpenAI's `ListModelsResponse`. */
export interface ListModelsResponse {
  object: "list";
  data: ModelObject[];
}
