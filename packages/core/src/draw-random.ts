/** Random bytes drawn 4 KiB at a time: one `getRandomValues` per ≈ 150 ids rather than one per id. */
const pool = new Uint8Array(4096);
let used = pool.length;

/**
 * `n` (≤ 4096) fresh random bytes, as a view of a shared pool refilled by `crypto.getRandomValues` when used up
 * (bench/PROFILE.md item 8): read them at once, the next draw may overwrite them. Every byte is handed out once,
 * so a draw is as unpredictable as `getRandomValues` itself (stored images' capability keys use it too).
 */
export function drawRandom(n: number): Uint8Array {
  if (used + n > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const at = used;
  used += n;
  return pool.subarray(at, used);
}
