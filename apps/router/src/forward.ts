import type { GatewayRequest } from "@wai/core";
import { pathNotFound } from "@wai/core";
import type { Env } from "./env.ts";
import { serviceForChat } from "./service-for-chat.ts";
import { serviceForPath } from "./service-for-path.ts";

/**
 * Hands a request to the worker that serves it. The body is passed on as a stream and the response is
 * returned as it comes (streams event by event); only a chat body is read, to find its model.
 */
export async function forward(request: GatewayRequest, env: Env): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (path === "/v1/chat/completions" && request.method === "POST") {
    const body = await request.text();
    const service = serviceForChat(body, env);
    return env[service].fetch(request.url, { method: "POST", headers: request.headers, body });
  }
  const service = serviceForPath(path);
  if (!service) throw pathNotFound(request.method, path);
  return env[service].fetch(request);
}
