/**
 * One model of Workers AI's model list, `GET /client/v4/accounts/{account_id}/ai/models/search` (and
 * `env.AI.models()`): `AiModelsSearchObject` in @cloudflare/workers-types. Declared here because this Node
 * package does not load the Workers types. `name` is the model id (`@cf/...`); `id` is a UUID.
 * The types say a property's `value` is a string; real answers also carry arrays (`price`), so it is `unknown`.
 */
export interface AiModelsSearchObject {
  id: string;
  source: number;
  name: string;
  description: string;
  task: { id: string; name: string; description: string };
  tags: string[];
  properties: { property_id: string; value: unknown }[];
}

/** The REST envelope of the search answer. */
export interface ModelsSearchResponse {
  result: AiModelsSearchObject[];
  success: boolean;
  errors: { code: number; message: string }[];
  messages: unknown[];
  result_info?: { page: number; per_page: number; count: number; total_count?: number };
}

/** A property's value as text (`"true"`, `"24000"`, `"2026-05-30"`), or undefined when the model lacks it. */
export function propertyOf(model: AiModelsSearchObject, id: string): string | undefined {
  const found = model.properties?.find((p) => p.property_id === id);
  if (found === undefined) return undefined;
  return typeof found.value === "string" ? found.value : JSON.stringify(found.value);
}
