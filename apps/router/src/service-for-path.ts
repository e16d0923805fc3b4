import type { ServiceBinding } from "./env.ts";

/**
 * DESIGN's route table, by (normalized) path. Every chat goes to chat-embed, whatever its model: chat-embed
 * hands a chat for a text-to-image model to the image worker itself (its `IMAGE` binding), so the router never
 * reads a body. Returns undefined for a path no worker serves.
 */
export function serviceForPath(path: string): ServiceBinding | undefined {
  if (path === "/v1/chat/completions" || path === "/v1/completions" || path === "/v1/embeddings") return "CHAT_EMBED";
  if (path.startsWith("/v1/images/") || path.startsWith("/file/")) return "IMAGE";
  if (path.startsWith("/v1/audio/")) return "WHISPER";
  if (
    path === "/translate" ||
    path.startsWith("/translate/") ||
    path === "/v2/translate" ||
    path === "/v1/translate" ||
    path === "/v1/translate/batch"
  ) {
    return "TRANSLATE";
  }
  return undefined;
}
