import { configOf, createWorker } from "@wai/core";
import type { Env } from "./env.ts";
import { registerRoutes } from "./router.ts";

/** `/health`, and stored images: their unguessable URL is the capability, so `<img>` tags can load them. */
const isPublic = (method: string, path: string) =>
  method === "GET" && (path === "/health" || path.startsWith("/file/"));

const worker = createWorker<Env>({ auth: (env) => configOf(env).auth, isPublic });
registerRoutes(worker.router);

export default { fetch: worker.fetch } satisfies ExportedHandler<Env>;
