const encoder = new TextEncoder();

/** The configured keys as bytes, each zero-padded to one width, with a scratch buffer of that width for a token. */
interface KeyTable {
  width: number;
  keys: Uint8Array[];
  lengths: number[];
  token: Uint8Array;
}

/** Built once per keys array (`configOf` keeps the array for the isolate's life). */
const tables = new WeakMap<readonly string[], KeyTable>();

/** The smallest width, in bytes: tokens and keys up to it cost the same. */
const MIN_WIDTH = 256;

function tableOf(keys: readonly string[]): KeyTable {
  let table = tables.get(keys);
  if (!table) {
    const bytes = keys.map((key) => encoder.encode(key));
    let width = MIN_WIDTH;
    for (const key of bytes) while (width < key.byteLength) width *= 2;
    const padded = bytes.map((key) => {
      const out = new Uint8Array(width);
      out.set(key);
      return out;
    });
    table = { width, keys: padded, lengths: bytes.map((key) => key.byteLength), token: new Uint8Array(width) };
    tables.set(keys, table);
  }
  return table;
}

/**
 * Whether `token` is one of `keys`, synchronously and in time that depends on neither the keys' content nor
 * their lengths (bench/PROFILE.md item 3: two SHA-256 digests and a `Promise.all` per request cost ≈ 40 µs).
 *
 * How the timing is kept flat: every key is padded with zeros to one width W (a power of two, at least 256 bytes
 * and at least the longest key, fixed per isolate), the token's UTF-8 is written into a zeroed buffer of W bytes,
 * and each key is compared over all W bytes by OR-ing the XOR of every byte pair, with the difference of the
 * lengths and "the token did not fit" folded into the same accumulator: no early exit on the first differing
 * byte, on a length mismatch, or on a match (every key is checked). A short key padded with zeros still never
 * matches a token that has zeros after it, because the lengths are compared too. What timing can tell an
 * observer: the number of keys and W, and the token's own length (its encoding stops at W bytes). W reveals
 * nothing about a key shorter than 256 bytes, and of a longer one only its length rounded up to a power of two;
 * the old digest compare hid the lengths completely but cost two digests per request.
 */
export function isOneOf(token: string, keys: readonly string[]): boolean {
  const { width, keys: padded, lengths, token: buffer } = tableOf(keys);
  buffer.fill(0);
  const { read, written } = encoder.encodeInto(token, buffer);
  const overflow = read === token.length ? 0 : 1;
  let found = 0;
  for (let k = 0; k < padded.length; k++) {
    const key = padded[k] as Uint8Array;
    let diff = (written ^ (lengths[k] as number)) | overflow;
    for (let i = 0; i < width; i++) diff |= (buffer[i] as number) ^ (key[i] as number);
    found |= (diff - 1) >>> 31; // 1 exactly when diff is 0 (diff < 2^31), without a branch
  }
  buffer.fill(0);
  return found === 1;
}
