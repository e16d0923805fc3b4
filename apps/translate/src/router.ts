import { type GatewayWorker, getModelHandler, listModelsHandler } from "@wai/core";
import type { Env } from "./env.ts";
import { batchTranslateHandler } from "./handlers/batch-translate-handler.ts";
import { deeplTranslateHandler } from "./handlers/deepl-translate-handler.ts";
import { deeplxHandler } from "./handlers/deeplx-handler.ts";

/** The routes of the translate worker. Paths arrive normalized (`/v1/v1/x` and `/x` are `/v1/x`). */
export function registerRoutes(router: GatewayWorker<Env>["router"]): void {
  router
    .get("/health", () => Response.json({ status: "ok", worker: "translate" }))
    .get("/v1/models", listModelsHandler("translate"))
    .get("/v1/models/:model+", getModelHandler("translate"))
    .post("/translate", deeplxHandler)
    .post("/v1/translate", deeplxHandler)
    .post("/translate/batch", batchTranslateHandler)
    .post("/v1/translate/batch", batchTranslateHandler)
    .post("/v2/translate", deeplTranslateHandler);
}
