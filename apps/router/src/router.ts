import type { GatewayWorker } from "@wai/core";
import type { Env } from "./env.ts";
import { allGatewayPrices } from "./gateway-prices.ts";
import { health } from "./health.ts";
import { getAnyModel, listAllModels } from "./models.ts";

/** The router's own routes (health, the merged model list, prices); anything else
 * a worker serves is forwarded before the pipeline (`forward`), and the rest is the pipeline's 404. */
export function registerRoutes(router: GatewayWorker<Env>["router"]): void {
  router
    .get("/health", health)
    .get("/v1/models", listAllModels)
    .get("/v1/models/:model+", getAnyModel)
    .get("/v1/gateway-prices", allGatewayPrices);
}
