import type { AiBinding, GatewayVars } from "@wai/core";

export interface Env extends GatewayVars {
  AI: AiBinding;
  /** Largest audio upload in bytes (default 26214400, OpenAI's 25 MB); bigger uploads get a 413. */
  MAX_AUDIO_BYTES?: string;
}
