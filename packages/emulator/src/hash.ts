/** FNV-1a (32 bits) over a string's UTF-16 code units: the stable seed of everything the emulator makes up. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** FNV-1a over bytes. Past 1 MiB it samples (length, head, tail and a stride) so a 25 MB upload stays cheap. */
export function hashBytes(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let h = (seed ^ bytes.length) >>> 0;
  const mix = (b: number) => {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  if (bytes.length <= 1 << 20) {
    for (const b of bytes) mix(b);
    return h;
  }
  for (let i = 0; i < 65536; i++) mix(bytes[i] ?? 0);
  for (let i = bytes.length - 65536; i < bytes.length; i++) mix(bytes[i] ?? 0);
  const step = Math.floor(bytes.length / 4096);
  for (let i = 0; i < bytes.length; i += step) mix(bytes[i] ?? 0);
  return h;
}

/** Eight lowercase hex digits. */
export function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}

/** mulberry32: a small deterministic PRNG in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` characters from [a-zA-Z0-9], deterministic from the seed (tool call ids, padding). */
export function alnum(seed: number, length: number): string {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const rand = seededRandom(seed);
  let out = "";
  for (let i = 0; i < length; i++) out += chars[Math.floor(rand() * chars.length)];
  return out;
}
