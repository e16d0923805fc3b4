import type { AiModelsSearchObject, ModelsSearchResponse } from "./models-search.ts";

export interface FetchModelsOptions {
  accountId: string;
  token: string;
  /** Default https://api.cloudflare.com/client/v4. */
  baseUrl?: string | undefined;
  fetch?: typeof fetch;
}

const PER_PAGE = 100;

/** Every model of Workers AI's list, page by page (`per_page` 100) until a short page; throws on an API error. */
export async function fetchModels({ accountId, token, baseUrl, fetch: doFetch = fetch }: FetchModelsOptions) {
  const base = (baseUrl ?? "https://api.cloudflare.com/client/v4").replace(/\/+$/, "");
  const models: AiModelsSearchObject[] = [];
  for (let page = 1; page <= 50; page++) {
    const url = `${base}/accounts/${encodeURIComponent(accountId)}/ai/models/search?per_page=${PER_PAGE}&page=${page}`;
    const response = await doFetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json().catch(() => undefined)) as ModelsSearchResponse | undefined;
    if (!response.ok || !body?.success || !Array.isArray(body.result)) {
      const why = body?.errors?.map((e) => `${e.code}: ${e.message}`).join("; ") || "no JSON answer";
      throw new Error(`GET ${url.replace(base, "")} answered ${response.status} (${why})`);
    }
    models.push(...body.result);
    if (body.result.length < PER_PAGE) return models;
  }
  throw new Error("the model list has more than 50 pages: stopped reading");
}
