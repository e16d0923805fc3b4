import { asApiError, finishResponse, requestIdOf, toErrorResponse } from "@wai/core";
import type { Env, ServiceBinding } from "./env.ts";

/**
 * Hands a request to the worker that serves it: one service-binding hop, nothing read. The body goes on as
 * the stream it arrived as (a 25 MB upload costs the router no more than that stream) and the response comes
 * back as the worker gave it, CORS and `x-request-id` included (every worker's pipeline adds them). Only a path
 * that normalizes differently (`/embeddings`, `/v1/v1/x`) is re-addressed, still without touching the body.
 * A binding that throws (a worker not deployed) is answered in OpenAI's envelope, as the pipeline would.
 */
export async function forward(
  request: Request,
  url: URL,
  path: string,
  service: ServiceBinding,
  env: Env,
): Promise<Response> {
  try {
    if (path === url.pathname) return await env[service].fetch(request);
    url.pathname = path;
    return await env[service].fetch(new Request(url, request));
  } catch (error) {
    const requestId = requestIdOf(request);
    return finishResponse(toErrorResponse(asApiError(error, requestId)), requestId);
  }
}
