import type { AiBinding, GatewayVars } from "@wai/core";

export interface Env extends GatewayVars {
  AI: AiBinding;
}
