import { ApiError } from "@wai/core";
import type { Env } from "../env.ts";
import type { ChatCompletionMessageParam } from "../schemas/chat-completion-create-params.ts";

/** A stored response and the conversation that led to it, as chat messages (instructions excluded, as OpenAI does). */
export interface StoredResponse {
  response: Record<string, unknown>;
  messages: ChatCompletionMessageParam[];
}

/** How long a stored response is kept, as OpenAI keeps them: 30 days. */
export const STORE_TTL_SECONDS = 30 * 24 * 3600;

/**
 * The `RESPONSES` KV namespace, or a 400 naming `param` that says how to enable it: responses are stateless
 * unless the worker has one (`store`, `previous_response_id`, `GET /v1/responses/{id}`).
 */
export function requireStore(env: Env, param: string | null): KVNamespace {
  if (env.RESPONSES) return env.RESPONSES;
  throw new ApiError({
    status: 400,
    code: "storage_not_configured",
    param,
    message:
      "This gateway keeps no responses: stored responses and previous_response_id need a KV namespace bound to the " +
      'chat-embed worker as `RESPONSES` (`wrangler kv namespace create RESPONSES`, then its id under "kv_namespaces" ' +
      "in apps/chat-embed/wrangler.jsonc). Without it, send the whole conversation in `input` with `store: false`.",
  });
}

export async function loadResponse(kv: KVNamespace, id: string): Promise<StoredResponse | undefined> {
  return (await kv.get<StoredResponse>(id, "json")) ?? undefined;
}

export async function saveResponse(kv: KVNamespace, id: string, stored: StoredResponse): Promise<void> {
  await kv.put(id, JSON.stringify(stored), { expirationTtl: STORE_TTL_SECONDS });
}

/** 404 for a response id that is not (or no longer) stored. */
export const responseNotFound = (id: string, param: string | null = null) =>
  new ApiError({
    status: 404,
    type: "invalid_request_error",
    code: "response_not_found",
    param,
    message: `No response with id '${id}' is stored here (stored responses are kept ${STORE_TTL_SECONDS / 86400} days).`,
  });
