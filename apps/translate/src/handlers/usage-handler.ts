import type { GatewayRequest } from "@wai/core";
import type { Env } from "../env.ts";
import { readTranslateConfig } from "../translate-config.ts";
import { readUsage } from "../usage/usage-store.ts";

/** What DeepL reports for an account without a character limit (Pro accounts). */
const UNLIMITED = 1_000_000_000_000;

/**
 * `GET /v2/usage` (DeepL): characters this key translated this calendar month (UTC), on every translate route,
 * and its limit (`CHARACTER_LIMIT`; none: DeepL's figure for unlimited accounts).
 */
export async function usageHandler(request: GatewayRequest, env: Env): Promise<Response> {
  const config = readTranslateConfig(env);
  const count = await readUsage(env.TRANSLATE_KV, request.auth.token);
  return Response.json({ character_count: count, character_limit: config.characterLimit || UNLIMITED });
}
