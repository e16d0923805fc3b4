import type { AiClient } from "@wai/core";
import { toM2m100Input } from "../mappers/to-m2m100-input.ts";
import { toTranslatedText } from "../mappers/to-translated-text.ts";
import { memoryKey, type TranslationCache } from "./translation-cache.ts";
import { withRetry } from "./with-retry.ts";

export interface SegmentTranslatorOptions {
  ai: AiClient;
  /** Cache scope (see `CacheEntryKey.scope`): requests of different passthrough tokens never share. */
  scope: string;
  model: string;
  cache: TranslationCache;
  /** Keeps the cache write alive after the response (`ctx.waitUntil`). */
  waitUntil: (promise: Promise<unknown>) => void;
}

/** One segment, already resolved: m2m100 source and target codes, text trimmed and non-empty. */
export type TranslateSegment = (text: string, source: string, target: string) => Promise<string>;

/**
 * Identical segments being translated right now, across the requests this isolate serves: a burst of the same
 * paragraph (Immersive Translate sends each paragraph as its own request) makes one inference, not one each.
 */
const inFlight = new Map<string, Promise<string>>();

/**
 * Translates one segment: from the cache, or joining an identical call in flight, or with one inference. Only a
 * translation is cached; a failure (an `ERROR…` answer included) rejects every request joined to the call and
 * leaves nothing behind, so the next identical request asks the model again.
 */
export function segmentTranslator({ ai, scope, model, cache, waitUntil }: SegmentTranslatorOptions): TranslateSegment {
  return (text, source, target) => {
    const key = { scope, model, source, target, text };
    const flightKey = memoryKey(key);
    const pending = inFlight.get(flightKey);
    if (pending) return pending;
    const run = (async () => {
      const cached = await cache.get(key);
      if (cached !== undefined) return cached;
      // The answer is read inside the retry: an `ERROR…` answer is tried once more, then thrown, never cached.
      const translated = await withRetry(async () =>
        toTranslatedText(await ai.run(model, toM2m100Input(text, source, target)), text),
      );
      waitUntil(cache.put(key, translated));
      return translated;
    })().finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, run);
    // Other requests may join this call: it must finish even if this request's client goes away.
    waitUntil(run.catch(() => {}));
    return run;
  };
}
