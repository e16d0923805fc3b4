/** The chat route's models: text generation (and llava for images); unlisted ids pass through as chat. */
export const CHAT_ROUTE = {
  worker: "chat-embed",
  task: ["text-generation", "image-to-text"],
  passThrough: "text-generation",
} as const;
