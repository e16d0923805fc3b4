import type { GatewayWorker } from "@wai/core";
import type { Env } from "./env.ts";

export function registerRoutes(router: GatewayWorker<Env>["router"]): void {
  router.get("/health", () => Response.json({ status: "ok", worker: "chat-embed" }));
}
