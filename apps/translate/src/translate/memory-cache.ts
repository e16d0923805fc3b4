/**
 * A small least-recently-used map of translations in the isolate's memory, with an expiry: the first tier of
 * the translation cache. It answers repeats without any I/O, and it is the only cache on `*.workers.dev`,
 * where the Cache API does nothing (Cloudflare's Cache API docs: only custom domains have a working cache).
 */
export class MemoryCache {
  readonly #entries = new Map<string, { value: string; expires: number }>();

  constructor(
    readonly maxEntries: number,
    readonly now: () => number = Date.now,
  ) {}

  get(key: string): string | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expires <= this.now()) return undefined;
    this.#entries.set(key, entry); // most recently used goes last
    return entry.value;
  }

  set(key: string, value: string, ttlSeconds: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.now() + ttlSeconds * 1000 });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
