import type { GatewayVars } from "@wai/core";

/** The router's bindings: one service binding per worker. */
export interface Env extends GatewayVars {
  CHAT_EMBED: Fetcher;
  IMAGE: Fetcher;
  WHISPER: Fetcher;
  TRANSLATE: Fetcher;
}

export type ServiceBinding = "CHAT_EMBED" | "IMAGE" | "WHISPER" | "TRANSLATE";
