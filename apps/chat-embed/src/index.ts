import { configOf, createWorker } from "@wai/core";
import type { Env } from "./env.ts";
import { renderChatEmbedError } from "./render-chat-embed-error.ts";
import { registerRoutes } from "./router.ts";

const worker = createWorker<Env>({
  auth: (env) => configOf(env).auth,
  isPublic: (method, path) => method === "GET" && path === "/health",
  renderError: renderChatEmbedError,
});
registerRoutes(worker.router);

export default { fetch: worker.fetch } satisfies ExportedHandler<Env>;
