import type { ServiceBinding } from "./env.ts";

/**
 * DESIGN's route table, by (normalized) path. Every chat goes to chat-embed, whatever its model: chat-embed
 * hands a chat for a text-to-image model to the image worker itself (its `IMAGE` binding), so the router never
 * reads a body. Returns undefined for a path no worker serves.
 */
export function serviceForPath(path: string): ServiceBinding | undefined {
  if (path === "/v1/chat/completions" || path === "/v1/completions" || path === "/v1/embeddings") return "CHAT_EMBED";
  if (path === "/v1/responses" || path.startsWith("/v1/responses/")) return "CHAT_EMBED"; // OpenAI's Responses API
  if (path === "/v1/messages" || path === "/v1/messages/count_tokens") return "CHAT_EMBED"; // Anthropic's Messages API
  if (path.startsWith("/v1/images/") || path.startsWith("/file/")) return "IMAGE";
  if (path.startsWith("/v1/audio/")) return "WHISPER";
  if (
    path === "/translate" ||
    path.startsWith("/translate/") ||
    path.startsWith("/v2/") || // DeepL's API: translate, usage, languages, glossaries
    path === "/v1/translate" ||
    path === "/v1/translate/batch"
  ) {
    return "TRANSLATE";
  }
  return undefined;
}
