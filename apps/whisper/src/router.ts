import { WHISPER_CATALOG } from "@wai/catalog/slices/whisper";
import { type GatewayWorker, gatewayPricesHandler, getModelHandler, listModelsHandler } from "@wai/core";
import type { Env } from "./env.ts";
import { createSpeech } from "./handlers/create-speech.ts";
import { transcribe } from "./handlers/transcribe.ts";

/** The routes of the whisper worker. Paths arrive normalized (`/v1/v1/x` and `/x` are `/v1/x`). */
export function registerRoutes(router: GatewayWorker<Env>["router"]): void {
  router
    .get("/health", () => Response.json({ status: "ok", worker: "whisper" }))
    .get("/v1/models", listModelsHandler(WHISPER_CATALOG))
    .get("/v1/models/:model+", getModelHandler(WHISPER_CATALOG))
    .get("/v1/gateway-prices", gatewayPricesHandler(WHISPER_CATALOG))
    .post("/v1/audio/transcriptions", transcribe("transcribe"))
    .post("/v1/audio/translations", transcribe("translate"))
    .post("/v1/audio/speech", createSpeech);
}
