import type { ModelVars } from "@wai/catalog";
import type { AuthOptions } from "./auth-options.ts";

/**
 * The variables every worker reads (wrangler `vars` and secrets). The model variables (`MODEL_ALIASES`,
 * `MODEL_FALLBACKS`, `RETIRED_MODELS`, `UNLISTED_MODELS`) are packages/catalog's, parsed there by `modelSettingsOf`.
 */
export interface GatewayVars extends ModelVars {
  /** Comma-separated client keys (a secret). */
  API_KEYS?: string;
  /** `keys` (default) or `passthrough`. */
  AUTH_MODE?: string;
  /** Cloudflare account id: needed for passthrough mode (the REST API). */
  CF_ACCOUNT_ID?: string;
  /** AI Gateway id, optional. */
  AI_GATEWAY_ID?: string;
  /** REST API base, default https://api.cloudflare.com/client/v4. */
  CF_API_BASE_URL?: string;
}

export interface GatewayConfig {
  auth: AuthOptions;
  accountId: string | undefined;
  gatewayId: string | undefined;
  apiBaseUrl: string;
}

export const DEFAULT_API_BASE_URL = "https://api.cloudflare.com/client/v4";

/** Reads the worker's variables. A malformed value throws at startup of the request, loudly. */
export function readConfig(vars: GatewayVars): GatewayConfig {
  const mode = (vars.AUTH_MODE ?? "keys").trim().toLowerCase();
  if (mode !== "keys" && mode !== "passthrough") {
    throw new Error(`AUTH_MODE must be "keys" or "passthrough", not "${vars.AUTH_MODE}"`);
  }
  return {
    auth: { mode, keys: splitList(vars.API_KEYS) },
    accountId: vars.CF_ACCOUNT_ID?.trim() || undefined,
    gatewayId: vars.AI_GATEWAY_ID?.trim() || undefined,
    apiBaseUrl: (vars.CF_API_BASE_URL?.trim() || DEFAULT_API_BASE_URL).replace(/\/+$/, ""),
  };
}

const FIELDS = ["API_KEYS", "AUTH_MODE", "CF_ACCOUNT_ID", "AI_GATEWAY_ID", "CF_API_BASE_URL"] as const;
const cache = new WeakMap<object, { sources: (string | undefined)[]; config: GatewayConfig }>();

/**
 * `readConfig`, once per env object and variable values: a worker's env lives as long as its isolate, so a
 * request reads a parsed config (and the same keys array, whose digests `authenticate` keeps) at no cost.
 */
export function configOf(vars: GatewayVars): GatewayConfig {
  const sources = FIELDS.map((name) => vars[name]);
  const hit = cache.get(vars);
  if (hit?.sources.every((value, i) => value === sources[i])) return hit.config;
  const config = readConfig(vars);
  cache.set(vars, { sources, config });
  return config;
}

function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
