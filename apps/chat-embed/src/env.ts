import type { AiBinding, GatewayVars } from "@wai/core";

export interface Env extends GatewayVars {
  AI: AiBinding;
  /** Stored responses for the Responses API (`store`, `previous_response_id`); optional: stateless without it. */
  RESPONSES?: KVNamespace;
}
