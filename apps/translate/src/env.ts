import type { AiBinding, GatewayVars } from "@wai/core";

export interface Env extends GatewayVars {
  AI: AiBinding;
  /** Seconds a translation stays in the Cache API; `0` turns the cache off. Default 604800 (7 days). */
  CACHE_TTL_SECONDS?: string;
  /** Largest request body in bytes (413 above it). Default 131072, DeepL's own 128 KiB. */
  MAX_REQUEST_BYTES?: string;
  /** Most distinct lines translated in one request (413 above). Default 100; on the Free plan (50 subrequests) use 15. */
  MAX_SEGMENTS?: string;
  /** Source language used when detection cannot tell (`en`, `DE`...); unset: such requests get a 400. */
  FALLBACK_SOURCE_LANG?: string;
  /** The translation model, an id or alias from the catalog. Default `@cf/meta/m2m100-1.2b`. */
  TRANSLATE_MODEL?: string;
}
