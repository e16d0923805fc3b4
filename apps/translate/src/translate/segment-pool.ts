import { type CacheEntryKey, memoryKey, type TranslationCache } from "./translation-cache.ts";

/** One distinct text for the model: already resolved source and target, trimmed, non-empty. */
export interface Job {
  text: string;
  source: string;
}

export interface SegmentPoolOptions {
  /** Cache scope (see `CacheEntryKey.scope`): requests of different passthrough tokens never share. */
  scope: string;
  /** Everything else that decides a translation: engine, model, target variety, formality, context, glossary, markup. */
  variant: string;
  /** The target code. */
  target: string;
  cache: TranslationCache;
  /** Translates the jobs neither cached nor in flight, one output per job, in order. */
  run: (jobs: Job[]) => Promise<string[]>;
  /** Keeps cache writes and shared calls alive after the response (`ctx.waitUntil`). */
  waitUntil: (promise: Promise<unknown>) => void;
}

/**
 * Identical jobs being translated right now, across the requests this isolate serves: a burst of the same
 * paragraph (Immersive Translate sends each paragraph as its own request) makes one inference, not one each.
 */
const inFlight = new Map<string, Promise<string>>();

/**
 * Translates jobs: each from the cache, or joining an identical job in flight, or in one `run` with the other
 * misses of this request (so an engine can batch them). Only translations are cached; a failure rejects every
 * request joined to the job and leaves nothing behind, so the next identical request asks the model again.
 */
export function segmentPool(o: SegmentPoolOptions): (jobs: readonly Job[]) => Promise<string[]> {
  return (jobs) => {
    const own: { job: Job; key: CacheEntryKey; flightKey: string; settle: Deferred }[] = [];
    const results = jobs.map((job) => {
      const key = { scope: o.scope, model: o.variant, source: job.source, target: o.target, text: job.text };
      const flightKey = memoryKey(key);
      const pending = inFlight.get(flightKey);
      if (pending) return pending;
      const settle = deferred();
      settle.promise.catch(() => {});
      inFlight.set(flightKey, settle.promise);
      own.push({ job, key, flightKey, settle });
      return settle.promise;
    });
    const work = (async () => {
      const cached = await Promise.all(own.map((entry) => o.cache.get(entry.key)));
      const misses = own.filter((entry, i) => {
        const hit = cached[i];
        if (hit !== undefined) entry.settle.resolve(hit);
        return hit === undefined;
      });
      if (misses.length === 0) return;
      try {
        const outputs = await o.run(misses.map((m) => m.job));
        misses.forEach((m, i) => {
          const text = outputs[i] as string;
          m.settle.resolve(text);
          o.waitUntil(o.cache.put(m.key, text));
        });
      } catch (error) {
        for (const m of misses) m.settle.reject(error);
      }
    })().finally(() => {
      for (const entry of own) inFlight.delete(entry.flightKey);
    });
    // Other requests may join these jobs: the work must finish even if this request's client goes away.
    o.waitUntil(work);
    return Promise.all(results);
  };
}

interface Deferred {
  promise: Promise<string>;
  resolve: (text: string) => void;
  reject: (error: unknown) => void;
}

function deferred(): Deferred {
  let resolve: Deferred["resolve"] = () => {};
  let reject: Deferred["reject"] = () => {};
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
