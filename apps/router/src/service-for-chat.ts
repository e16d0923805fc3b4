import { isImageModel } from "@wai/catalog/is-image-model";
import type { ServiceBinding } from "./env.ts";
import { findTopLevelString } from "./find-top-level-string.ts";

/**
 * `/v1/chat/completions` goes to the image worker when the model makes images (gateways that only speak
 * chat, such as OneAPI, ask for pictures this way), to chat-embed otherwise: an unknown or missing model
 * is chat-embed's to refuse, in its own words.
 */
export function serviceForChat(body: string, aliases: Readonly<Record<string, string>>): ServiceBinding {
  const name = findTopLevelString(body, "model");
  return name !== undefined && isImageModel(name, aliases) ? "IMAGE" : "CHAT_EMBED";
}
