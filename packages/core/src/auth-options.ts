/**
 * keys: the worker's own `API_KEYS`; passthrough: the client's bearer token is a Cloudflare API token,
 * used against the Workers AI REST API with the configured account id.
 */
export type AuthMode = "keys" | "passthrough";

export interface AuthOptions {
  mode: AuthMode;
  /** Accepted keys (keys mode). Empty means the worker refuses every request: it fails closed. */
  keys: readonly string[];
}

/** Who the request is, once authenticated. */
export interface AuthContext {
  mode: AuthMode;
  /** The credential the client presented (in passthrough mode, the Cloudflare API token). */
  token: string;
}
