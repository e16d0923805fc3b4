import { getModelHandler, listModelsHandler } from "@wai/catalog";
import type { GatewayWorker } from "@wai/core";
import type { Env } from "./env.ts";
import { forward } from "./forward.ts";
import { health } from "./health.ts";

/** The router's own routes (health, the whole model list); everything else is forwarded. */
export function registerRoutes(router: GatewayWorker<Env>["router"]): void {
  router
    .get("/health", health)
    .get("/v1/models", listModelsHandler())
    .get("/v1/models/:model+", getModelHandler())
    .all("*", forward);
}
