import { describe, expect, it } from "vitest";
import { MemoryCache } from "../src/translate/memory-cache.ts";
import { cacheUrl, createTranslationCache } from "../src/translate/translation-cache.ts";

const key = () => ({ scope: "", model: "@cf/meta/m2m100-1.2b", source: "de", target: "en", text: crypto.randomUUID() });

describe("createTranslationCache", () => {
  it("finds in the Cache API what another isolate's memory put there", async () => {
    const k = key();
    await createTranslationCache({ cache: caches.default, ttlSeconds: 60, memory: new MemoryCache(10) }).put(
      k,
      "Hello",
    );
    const memory = new MemoryCache(10);
    const other = createTranslationCache({ cache: caches.default, ttlSeconds: 60, memory });
    expect(await other.get(k)).toBe("Hello");
    expect(memory.size).toBe(1); // refilled
  });

  it("keys the Cache API entry on a SHA-256 URL of model, source, target and text", async () => {
    const url = await cacheUrl({ scope: "", model: "m", source: "de", target: "en", text: "Hallo" });
    expect(url).toMatch(/^https:\/\/translate-cache\.internal\/[0-9a-f]{64}$/);
    expect(await cacheUrl({ scope: "", model: "m", source: "de", target: "fr", text: "Hallo" })).not.toBe(url);
  });

  it("keeps passthrough tokens' entries apart", async () => {
    const k = key();
    const cache = createTranslationCache({ cache: caches.default, ttlSeconds: 60, memory: new MemoryCache(10) });
    await cache.put({ ...k, scope: "token-a" }, "Hi");
    expect(await cache.get({ ...k, scope: "token-b" })).toBeUndefined();
    expect(await cache.get({ ...k, scope: "token-a" })).toBe("Hi");
  });

  it("works from memory alone where there is no Cache API (workers.dev)", async () => {
    const k = key();
    const cache = createTranslationCache({ cache: undefined, ttlSeconds: 60, memory: new MemoryCache(10) });
    await cache.put(k, "Hi");
    expect(await cache.get(k)).toBe("Hi");
  });

  it("caches nothing with a time to live of 0", async () => {
    const k = key();
    const cache = createTranslationCache({ cache: caches.default, ttlSeconds: 0, memory: new MemoryCache(10) });
    await cache.put(k, "Hi");
    expect(await cache.get(k)).toBeUndefined();
    expect(await caches.default.match(await cacheUrl(k))).toBeUndefined();
  });
});
