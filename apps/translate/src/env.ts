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
  /** The default engine's model: m2m100 (default `@cf/meta/m2m100-1.2b`) or a chat model (then the LLM engine is the default). */
  TRANSLATE_MODEL?: string;
  /** The chat model of the LLM engine (quality requests, `?engine=llm`). Default: TRANSLATE_MODEL if it is a chat model, else `@cf/zai-org/glm-4.7-flash`. */
  TRANSLATE_LLM_MODEL?: string;
  /** Characters a key may translate per calendar month (UTC), reported by `/v2/usage`; beyond it, 456. Default 0: no limit. */
  CHARACTER_LIMIT?: string;
  /** Usage counters and glossaries. */
  TRANSLATE_KV: KVNamespace;
}
