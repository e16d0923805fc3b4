import { createWorker, normalizePath } from "@wai/core";
import type { Env } from "./env.ts";
import { forward } from "./forward.ts";
import { registerRoutes } from "./router.ts";
import { serviceForPath } from "./service-for-path.ts";

/**
 * The router authenticates nothing itself: every request is forwarded (or fanned out, for the model list)
 * with the client's credentials, and the worker that serves it checks them. So a key works the same whether
 * a worker is reached through the router or deployed alone.
 *
 * A request a worker serves costs one service-binding hop: the path is looked up and the request passed on
 * untouched (`forward`). Only the router's own routes (health, the merged model list, prices), preflights and
 * unknown paths go through the shared pipeline (`createWorker`).
 */
const worker = createWorker<Env>({
  auth: () => ({ mode: "keys", keys: [] }),
  isPublic: () => true,
});
registerRoutes(worker.router);

export default {
  fetch(request, env, ctx) {
    const url = new URL(request.url);
    const path = normalizePath(url.pathname);
    const service = request.method === "OPTIONS" ? undefined : serviceForPath(path);
    return service ? forward(request, url, path, service, env) : worker.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
