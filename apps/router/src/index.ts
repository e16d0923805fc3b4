import { createWorker } from "@wai/core";
import type { Env } from "./env.ts";
import { registerRoutes } from "./router.ts";

/**
 * The router authenticates nothing itself: every request is forwarded (or fanned out, for the model list)
 * with the client's credentials, and the worker that serves it checks them. So a key works the same whether
 * a worker is reached through the router or deployed alone.
 */
const worker = createWorker<Env>({
  auth: () => ({ mode: "keys", keys: [] }),
  isPublic: () => true,
});
registerRoutes(worker.router);

export default { fetch: worker.fetch } satisfies ExportedHandler<Env>;
