import { ApiError } from "../api-error.ts";
import type { AuthContext } from "../auth-options.ts";
import type { GatewayConfig } from "../config.ts";
import type { AiBinding, AiClient } from "./ai-client.ts";
import { bindingClient } from "./binding-client.ts";
import { restClient } from "./rest-client.ts";

export interface CreateAiClientOptions {
  auth: AuthContext;
  config: GatewayConfig;
  /** The worker's `AI` binding; required in keys mode. */
  binding?: AiBinding | undefined;
  /** For the REST client; tests pass a fake. */
  fetch?: typeof fetch | undefined;
}

/**
 * The AI client for one request: in passthrough mode the REST API with the client's own Cloudflare token,
 * in keys mode the `AI` binding. A missing binding is a deployment mistake, answered with a 500 saying so.
 */
export function createAiClient({ auth, config, binding, fetch }: CreateAiClientOptions): AiClient {
  if (auth.mode === "passthrough") {
    return restClient({
      accountId: config.accountId,
      token: auth.token,
      baseUrl: config.apiBaseUrl,
      gatewayId: config.gatewayId,
      fetch,
    });
  }
  if (!binding) {
    throw new ApiError({
      status: 500,
      type: "server_error",
      code: "missing_ai_binding",
      message: 'This worker has no Workers AI binding: add `"ai": { "binding": "AI" }` to its wrangler config.',
    });
  }
  return bindingClient(binding, { gatewayId: config.gatewayId });
}
