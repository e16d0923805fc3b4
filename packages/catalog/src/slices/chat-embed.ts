import type { Catalog } from "../catalog.ts";
import { EMBEDDING_MODELS } from "../models/embeddings.ts";
import { IMAGE_TO_TEXT_MODELS } from "../models/image-to-text.ts";
import { TEXT_GENERATION_MODELS } from "./text-generation.ts";

/** chat-embed's slice: text generation, image-to-text and embeddings (`@wai/catalog/slices/chat-embed`). */
export const CHAT_EMBED_CATALOG: Catalog = {
  worker: "chat-embed",
  models: [...TEXT_GENERATION_MODELS, ...IMAGE_TO_TEXT_MODELS, ...EMBEDDING_MODELS],
};
