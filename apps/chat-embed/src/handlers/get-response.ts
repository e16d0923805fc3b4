import type { GatewayRequest } from "@wai/core";
import type { Env } from "../env.ts";
import { loadResponse, requireStore, responseNotFound } from "../responses/response-store.ts";

/** `GET /v1/responses/{id}`: a stored response (needs the `RESPONSES` KV binding). */
export async function getResponse(request: GatewayRequest, env: Env): Promise<Response> {
  const id = decodeURIComponent(request.params.id ?? "");
  const stored = await loadResponse(requireStore(env, null), id);
  if (!stored) throw responseNotFound(id);
  return Response.json(stored.response);
}

/** `DELETE /v1/responses/{id}`: forgets a stored response. */
export async function deleteResponse(request: GatewayRequest, env: Env): Promise<Response> {
  const id = decodeURIComponent(request.params.id ?? "");
  const kv = requireStore(env, null);
  if (!(await loadResponse(kv, id))) throw responseNotFound(id);
  await kv.delete(id);
  return Response.json({ id, object: "response", deleted: true });
}
