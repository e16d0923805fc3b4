import { IMAGE_CATALOG } from "@wai/catalog/slices/image";
import { type GatewayWorker, gatewayPricesHandler, getModelHandler, listModelsHandler } from "@wai/core";
import type { Env } from "./env.ts";
import { chatImageHandler } from "./handlers/chat-image-handler.ts";
import { createImageHandler } from "./handlers/create-image-handler.ts";
import { editImageHandler } from "./handlers/edit-image-handler.ts";
import { fileHandler } from "./handlers/file-handler.ts";

/** The routes of the image worker. Paths arrive normalized (`/v1/v1/x` and `/x` are `/v1/x`). */
export function registerRoutes(router: GatewayWorker<Env>["router"]): void {
  router
    .get("/health", () => Response.json({ status: "ok", worker: "image" }))
    .get("/v1/models", listModelsHandler(IMAGE_CATALOG))
    .get("/v1/models/:model+", getModelHandler(IMAGE_CATALOG))
    .get("/v1/gateway-prices", gatewayPricesHandler(IMAGE_CATALOG))
    .post("/v1/images/generations", createImageHandler)
    .post("/v1/images/edits", editImageHandler)
    .post("/v1/chat/completions", chatImageHandler)
    .get("/file/:key", fileHandler)
    .head("/file/:key", fileHandler);
}
