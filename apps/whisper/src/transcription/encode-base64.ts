/** Bytes encoded per piece: a multiple of 3, so pieces join without padding in between. */
const PIECE = 3 * 16 * 1024;

type WithToBase64 = Uint8Array & { toBase64?: () => string };

/**
 * Base64 of a byte stream, encoded piece by piece as the chunks arrive: never one binary string of the whole
 * file (the `btoa(String.fromCharCode(...))` way doubles memory) and never a number array. Bytes that do not
 * fill a 3-byte group wait for the next chunk. Pieces are joined once at the end: the binding needs one string.
 */
export async function encodeBase64(stream: ReadableStream<Uint8Array>): Promise<string> {
  const pieces: string[] = [];
  let carry = new Uint8Array(0);
  for await (const chunk of stream) {
    let bytes = chunk;
    if (carry.length) {
      bytes = new Uint8Array(carry.length + chunk.length);
      bytes.set(carry);
      bytes.set(chunk, carry.length);
    }
    const whole = bytes.length - (bytes.length % 3);
    for (let at = 0; at < whole; at += PIECE) pieces.push(toBase64(bytes.subarray(at, Math.min(at + PIECE, whole))));
    carry = bytes.slice(whole);
  }
  if (carry.length) pieces.push(toBase64(carry));
  return pieces.join("");
}

/** One piece: the runtime's `Uint8Array.prototype.toBase64` when it has it, else `btoa` of at most 48 KiB. */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as WithToBase64).toBase64;
  if (typeof native === "function") return native.call(bytes);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return btoa(binary);
}
