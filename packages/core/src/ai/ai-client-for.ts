import type { AuthContext } from "../auth-options.ts";
import { configOf, type GatewayVars } from "../config.ts";
import type { AiBinding, AiClient } from "./ai-client.ts";
import { createAiClient } from "./create-ai-client.ts";

/** What a worker's env offers for Workers AI: its variables and, in keys mode, the `AI` binding. */
export type AiEnv = GatewayVars & { AI?: AiBinding };

/**
 * The Workers AI client for one request: the `AI` binding in keys mode, the REST API with the caller's own
 * Cloudflare token in passthrough mode. Every worker calls this rather than wiring `createAiClient` itself.
 */
export function aiClientFor(request: { auth: AuthContext }, env: AiEnv): AiClient {
  return createAiClient({ auth: request.auth, config: configOf(env), binding: env.AI });
}
