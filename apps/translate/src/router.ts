import { TRANSLATE_CATALOG } from "@wai/catalog/slices/translate";
import { type GatewayWorker, gatewayPricesHandler, getModelHandler, listModelsHandler } from "@wai/core";
import type { Env } from "./env.ts";
import { batchTranslateHandler } from "./handlers/batch-translate-handler.ts";
import { deeplTranslateHandler } from "./handlers/deepl-translate-handler.ts";
import { deeplxHandler } from "./handlers/deeplx-handler.ts";
import {
  createGlossaryHandler,
  deleteGlossaryHandler,
  getGlossaryHandler,
  glossaryEntriesHandler,
  listGlossariesHandler,
} from "./handlers/glossary-handlers.ts";
import { languagesHandler } from "./handlers/languages-handler.ts";
import { usageHandler } from "./handlers/usage-handler.ts";

/** The routes of the translate worker. Paths arrive normalized (`/v1/v1/x` and `/x` are `/v1/x`). */
export function registerRoutes(router: GatewayWorker<Env>["router"]): void {
  router
    .get("/health", () => Response.json({ status: "ok", worker: "translate" }))
    .get("/v1/models", listModelsHandler(TRANSLATE_CATALOG))
    .get("/v1/models/:model+", getModelHandler(TRANSLATE_CATALOG))
    .get("/v1/gateway-prices", gatewayPricesHandler(TRANSLATE_CATALOG))
    .post("/translate", deeplxHandler)
    .post("/v1/translate", deeplxHandler)
    .post("/translate/batch", batchTranslateHandler)
    .post("/v1/translate/batch", batchTranslateHandler)
    .post("/v2/translate", deeplTranslateHandler)
    .get("/v2/usage", usageHandler)
    .post("/v2/usage", usageHandler)
    .get("/v2/languages", languagesHandler)
    .post("/v2/languages", languagesHandler)
    .post("/v2/glossaries", createGlossaryHandler)
    .get("/v2/glossaries", listGlossariesHandler)
    .get("/v2/glossaries/:id", getGlossaryHandler)
    .get("/v2/glossaries/:id/entries", glossaryEntriesHandler)
    .delete("/v2/glossaries/:id", deleteGlossaryHandler);
}
