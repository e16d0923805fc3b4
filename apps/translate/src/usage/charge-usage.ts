import type { Env } from "../env.ts";
import { countCharacters } from "./count-characters.ts";
import { quotaExceeded } from "./quota-exceeded.ts";
import { addUsage, readUsage } from "./usage-store.ts";

/**
 * Checks the month's limit before a translation (a 456 when the request would pass it) and returns the
 * function that counts its characters once it has succeeded. With no limit the counter is not read first.
 */
export async function chargeUsage(
  env: Env,
  token: string,
  limit: number,
  texts: readonly string[],
): Promise<() => Promise<void>> {
  const characters = countCharacters(texts);
  if (limit > 0) {
    const used = await readUsage(env.TRANSLATE_KV, token);
    if (used + characters > limit) throw quotaExceeded(used, limit, characters);
  }
  return () => addUsage(env.TRANSLATE_KV, token, characters).catch((e) => console.warn("usage count failed", e));
}
