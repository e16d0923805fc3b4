/** One translated segment, cached by everything that decides it. */
export interface CacheEntryKey {
  model: string;
  source: string;
  target: string;
  text: string;
}

export interface TranslationCache {
  get(key: CacheEntryKey): Promise<string | undefined>;
  put(key: CacheEntryKey, translated: string): Promise<void>;
}

const encoder = new TextEncoder();

/** The Cache API wants a URL: `https://translate-cache.internal/<sha256 of model, source, target, text>`. */
export async function cacheUrl({ model, source, target, text }: CacheEntryKey): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(JSON.stringify([model, source, target, text])));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `https://translate-cache.internal/${hex}`;
}

/**
 * Translations in the Cache API of the data center (`caches.default`), for `ttlSeconds`; 0 turns caching off.
 * A cache failure never fails a translation: it is logged and the model is asked.
 */
export function createTranslationCache(cache: Cache | undefined, ttlSeconds: number): TranslationCache {
  if (!cache || ttlSeconds <= 0) return { get: async () => undefined, put: async () => {} };
  return {
    async get(key) {
      try {
        const hit = await cache.match(await cacheUrl(key));
        return hit ? await hit.text() : undefined;
      } catch (error) {
        console.warn("translation cache read failed", error);
        return undefined;
      }
    },
    async put(key, translated) {
      try {
        const headers = { "content-type": "text/plain; charset=utf-8", "cache-control": `max-age=${ttlSeconds}` };
        await cache.put(await cacheUrl(key), new Response(translated, { headers }));
      } catch (error) {
        console.warn("translation cache write failed", error);
      }
    },
  };
}
