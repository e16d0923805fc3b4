import { sha256Hex } from "@wai/core";

/** The counting period: the calendar month, UTC (`2026-12`). */
export const usagePeriod = (now: Date) => now.toISOString().slice(0, 7);

/** Counters live a little longer than their month, then KV drops them. */
const KEEP_SECONDS = 40 * 86_400;

/** The KV key of a caller's counter: the month and a hash of the key it presented (never the key itself). */
async function counterKey(token: string, now: Date): Promise<string> {
  return `usage:${usagePeriod(now)}:${(await sha256Hex(token)).slice(0, 32)}`;
}

/** Characters translated this month with this key. */
export async function readUsage(kv: KVNamespace, token: string, now = new Date()): Promise<number> {
  const value = await kv.get(await counterKey(token, now));
  return value ? Number(value) || 0 : 0;
}

/**
 * Adds translated characters to this month's counter. KV has no atomic increment: two requests of the same key
 * finishing at the same instant may count once (KV is eventually consistent anyway); the count is DeepL's
 * "usage", an indication, not billing.
 */
export async function addUsage(kv: KVNamespace, token: string, characters: number, now = new Date()): Promise<void> {
  if (characters <= 0) return;
  const key = await counterKey(token, now);
  const current = Number((await kv.get(key)) ?? 0) || 0;
  await kv.put(key, String(current + characters), { expirationTtl: KEEP_SECONDS });
}
