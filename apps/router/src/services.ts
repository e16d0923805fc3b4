import type { ServiceBinding } from "./env.ts";

/** Every worker behind the router, by binding, with the name it reports. */
export const SERVICES: Readonly<Record<ServiceBinding, string>> = {
  CHAT_EMBED: "chat-embed",
  IMAGE: "image",
  WHISPER: "whisper",
  TRANSLATE: "translate",
};

export const BINDINGS = Object.keys(SERVICES) as ServiceBinding[];
