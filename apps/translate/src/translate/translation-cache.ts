import { sha256Hex } from "@wai/core";
import { MemoryCache } from "./memory-cache.ts";

/** One translated segment, cached by everything that decides it. */
export interface CacheEntryKey {
  /** Who may share the entry: `""` for the worker's own keys, a hash of the Cloudflare token in passthrough mode. */
  scope: string;
  model: string;
  source: string;
  target: string;
  text: string;
}

export interface TranslationCache {
  get(key: CacheEntryKey): Promise<string | undefined>;
  put(key: CacheEntryKey, translated: string): Promise<void>;
}

/** The isolate's first tier, shared by its requests: about 2,000 paragraphs, a few MB at most. */
const SHARED_MEMORY = new MemoryCache(2000);

/** The Cache API wants a URL: `https://translate-cache.internal/<sha256 of scope, model, source, target, text>`. */
export async function cacheUrl(key: CacheEntryKey): Promise<string> {
  return `https://translate-cache.internal/${await sha256Hex(memoryKey(key))}`;
}

export const memoryKey = ({ scope, model, source, target, text }: CacheEntryKey) =>
  JSON.stringify([scope, model, source, target, text]);

export interface TranslationCacheOptions {
  /** The data center's cache (`caches.default`); undefined where there is none. */
  cache: Cache | undefined;
  /** Seconds an entry lives in both tiers; 0 turns caching off. */
  ttlSeconds: number;
  /** The memory tier; the isolate's shared one unless a test gives its own. */
  memory?: MemoryCache;
}

/**
 * Translations cached in two tiers: the isolate's memory, then the Cache API of the data center, both for
 * `ttlSeconds`. A Cache API hit refills memory. A cache failure never fails a translation: it is logged and the
 * model is asked.
 */
export function createTranslationCache({
  cache,
  ttlSeconds,
  memory = SHARED_MEMORY,
}: TranslationCacheOptions): TranslationCache {
  if (ttlSeconds <= 0) return { get: async () => undefined, put: async () => {} };
  return {
    async get(key) {
      const inMemory = memory.get(memoryKey(key));
      if (inMemory !== undefined || !cache) return inMemory;
      try {
        const hit = await cache.match(await cacheUrl(key));
        if (!hit) return undefined;
        const text = await hit.text();
        memory.set(memoryKey(key), text, ttlSeconds);
        return text;
      } catch (error) {
        console.warn("translation cache read failed", error);
        return undefined;
      }
    },
    async put(key, translated) {
      memory.set(memoryKey(key), translated, ttlSeconds);
      if (!cache) return;
      try {
        const headers = { "content-type": "text/plain; charset=utf-8", "cache-control": `max-age=${ttlSeconds}` };
        await cache.put(await cacheUrl(key), new Response(translated, { headers }));
      } catch (error) {
        console.warn("translation cache write failed", error);
      }
    },
  };
}
