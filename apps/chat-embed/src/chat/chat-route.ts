import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";

/** The chat route's models: text generation (and llava for images); unlisted ids pass through as chat. */
export const CHAT_ROUTE = {
  catalog: CHAT_EMBED_CATALOG,
  worker: "chat-embed",
  task: ["text-generation", "image-to-text"],
  passThrough: "text-generation",
} as const;
