import type { GatewayRequest } from "@wai/core";
import type { Env } from "./env.ts";
import { readAliases } from "./read-aliases.ts";
import { serviceForChat } from "./service-for-chat.ts";
import { serviceForPath } from "./service-for-path.ts";

/**
 * Hands a request to the worker that serves it. The body is passed on as a stream and the response is
 * returned as it comes (streams event by event); only a chat body is read, to find its model. Another method on
 * the chat path goes to chat-embed, which answers 405 with `Allow`; a path no worker serves is left to the
 * router's own 404 (or 405, for its own routes under another method).
 */
export async function forward(request: GatewayRequest, env: Env): Promise<Response | undefined> {
  const path = new URL(request.url).pathname;
  if (path === "/v1/chat/completions" && request.method === "POST") {
    const body = await request.text();
    const service = serviceForChat(body, readAliases(env));
    return env[service].fetch(request.url, { method: "POST", headers: request.headers, body });
  }
  const service = path === "/v1/chat/completions" ? "CHAT_EMBED" : serviceForPath(path);
  return service ? env[service].fetch(request) : undefined;
}
