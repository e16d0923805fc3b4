import { createWorker, readConfig } from "@wai/core";
import type { Env } from "./env.ts";
import { registerRoutes } from "./router.ts";

/** Only the model list is the router's own; every forwarded request is authenticated by its worker. */
const worker = createWorker<Env>({
  auth: (env) => readConfig(env).auth,
  isPublic: (_method, path) => !path.startsWith("/v1/models"),
});
registerRoutes(worker.router);

export default { fetch: worker.fetch } satisfies ExportedHandler<Env>;
