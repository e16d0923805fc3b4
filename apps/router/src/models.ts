import type { GatewayRequest } from "@wai/core";
import type { Env } from "./env.ts";
import { BINDINGS } from "./services.ts";

interface ModelList {
  object: "list";
  data: { id: string }[];
}

/** Asks every worker for the same path with the client's own headers (each worker checks the key itself). */
const askAll = (request: GatewayRequest, env: Env) =>
  Promise.all(BINDINGS.map((binding) => env[binding].fetch(request.url, { headers: request.headers })));

/**
 * `GET /v1/models`: every worker's own list, merged. The router carries no catalog (its bundle stays small);
 * a refusal (a wrong key) is passed on as the worker gave it.
 */
export async function listAllModels(request: GatewayRequest, env: Env): Promise<Response> {
  const responses = await askAll(request, env);
  const refused = responses.find((res) => !res.ok);
  if (refused) {
    await Promise.all(responses.filter((res) => res !== refused).map((res) => res.body?.cancel()));
    return refused;
  }
  const lists = (await Promise.all(responses.map((res) => res.json()))) as ModelList[];
  return Response.json({ object: "list", data: lists.flatMap((list) => list.data) });
}

/** `GET /v1/models/{id}`: the worker that serves the model answers; chat-embed's 404 when none does. */
export async function getAnyModel(request: GatewayRequest, env: Env): Promise<Response> {
  const responses = await askAll(request, env);
  const found = responses.find((res) => res.ok) ?? responses.find((res) => res.status !== 404) ?? responses[0];
  await Promise.all(responses.filter((res) => res !== found).map((res) => res.body?.cancel()));
  return found as Response;
}
