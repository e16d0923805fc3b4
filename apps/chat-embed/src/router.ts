import { claudeFamilyObjects } from "@wai/catalog";
import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";
import { type GatewayWorker, gatewayPricesHandler, getModelHandler, listModelsHandler } from "@wai/core";
import type { Env } from "./env.ts";
import { countMessageTokens } from "./handlers/count-message-tokens.ts";
import { createChatCompletion } from "./handlers/create-chat-completion.ts";
import { createCompletion } from "./handlers/create-completion.ts";
import { createEmbedding } from "./handlers/create-embedding.ts";
import { createMessage } from "./handlers/create-message.ts";
import { createResponse } from "./handlers/create-response.ts";
import { deleteResponse, getResponse } from "./handlers/get-response.ts";

/** The routes of the chat-embed worker. Paths arrive normalized (`/v1/v1/x` and `/x` are `/v1/x`). */
export function registerRoutes(router: GatewayWorker<Env>["router"]): void {
  router
    .get("/health", () => Response.json({ status: "ok", worker: "chat-embed" }))
    .post("/v1/chat/completions", createChatCompletion)
    .post("/v1/completions", createCompletion)
    .post("/v1/embeddings", createEmbedding)
    .post("/v1/responses", createResponse)
    .get("/v1/responses/:id", getResponse)
    .delete("/v1/responses/:id", deleteResponse)
    .post("/v1/messages", createMessage)
    .post("/v1/messages/count_tokens", countMessageTokens)
    .get("/v1/models", listModelsHandler(CHAT_EMBED_CATALOG, claudeFamilyObjects(CHAT_EMBED_CATALOG)))
    .get("/v1/models/:model+", getModelHandler(CHAT_EMBED_CATALOG))
    .get("/v1/gateway-prices", gatewayPricesHandler(CHAT_EMBED_CATALOG));
}
