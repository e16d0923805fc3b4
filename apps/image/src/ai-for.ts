import { type AiClient, createAiClient, type GatewayRequest, readConfig } from "@wai/core";
import type { Env } from "./env.ts";

/** The Workers AI client for this request: the `AI` binding, or REST with the caller's token in passthrough mode. */
export const aiFor = (request: GatewayRequest, env: Env): AiClient =>
  createAiClient({ auth: request.auth, config: readConfig(env), binding: env.AI });
