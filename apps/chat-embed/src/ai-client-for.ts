import { type AiClient, createAiClient, type GatewayRequest, readConfig } from "@wai/core";
import type { Env } from "./env.ts";

/** The Workers AI client for this request: the `AI` binding, or the REST API with the caller's token. */
export function aiClientFor(request: GatewayRequest, env: Env): AiClient {
  return createAiClient({ auth: request.auth, config: readConfig(env), binding: env.AI });
}
