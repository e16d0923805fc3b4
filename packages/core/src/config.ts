import type { AuthOptions } from "./auth-options.ts";

/** The variables every worker reads (wrangler `vars` and secrets). */
export interface GatewayVars {
  /** Comma-separated client keys (a secret). */
  API_KEYS?: string;
  /** `keys` (default) or `passthrough`. */
  AUTH_MODE?: string;
  /** Cloudflare account id: needed for passthrough mode (the REST API). */
  CF_ACCOUNT_ID?: string;
  /** AI Gateway id, optional. */
  AI_GATEWAY_ID?: string;
  /** Alias overrides: JSON object `{"gpt-4o":"@cf/..."}` or `alias=model,alias=model`. */
  MODEL_ALIASES?: string;
  /** REST API base, default https://api.cloudflare.com/client/v4. */
  CF_API_BASE_URL?: string;
}

export interface GatewayConfig {
  auth: AuthOptions;
  accountId: string | undefined;
  gatewayId: string | undefined;
  aliases: Readonly<Record<string, string>>;
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
    aliases: parseAliases(vars.MODEL_ALIASES),
    apiBaseUrl: (vars.CF_API_BASE_URL?.trim() || DEFAULT_API_BASE_URL).replace(/\/+$/, ""),
  };
}

const FIELDS = ["API_KEYS", "AUTH_MODE", "CF_ACCOUNT_ID", "AI_GATEWAY_ID", "MODEL_ALIASES", "CF_API_BASE_URL"] as const;
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

/** `MODEL_ALIASES` as JSON (`{"gpt-4o":"@cf/meta/llama-3.3-70b-instruct-fp8-fast"}`) or `a=b,c=d`. */
export function parseAliases(value: string | undefined): Record<string, string> {
  const text = value?.trim();
  if (!text) return {};
  if (text.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new Error(`MODEL_ALIASES is not valid JSON: ${error instanceof Error ? error.message : error}`);
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
      throw new Error("MODEL_ALIASES must be a JSON object");
    const out: Record<string, string> = {};
    for (const [alias, id] of Object.entries(parsed)) {
      if (typeof id !== "string" || !id.trim())
        throw new Error(`MODEL_ALIASES: "${alias}" must map to a model id string`);
      out[alias] = id.trim();
    }
    return out;
  }
  const out: Record<string, string> = {};
  for (const pair of splitList(text)) {
    const at = pair.indexOf("=");
    const alias = pair.slice(0, Math.max(at, 0)).trim();
    const id = pair.slice(at + 1).trim();
    if (at <= 0 || !alias || !id) throw new Error(`MODEL_ALIASES: "${pair}" is not alias=model`);
    out[alias] = id;
  }
  return out;
}
