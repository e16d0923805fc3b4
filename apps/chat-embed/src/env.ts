import type { AiBinding, GatewayVars } from "@wai/core";

export interface Env extends GatewayVars {
  AI: AiBinding;
  /** Stored responses for the Responses API (`store`, `previous_response_id`); optional: stateless without it. */
  RESPONSES?: KVNamespace;
  /** The image worker, to hand a chat for a text-to-image model to (`handToImage`); absent when deployed alone. */
  IMAGE?: Fetcher;
}
