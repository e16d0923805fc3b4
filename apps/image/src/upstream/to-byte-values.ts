/**
 * Bytes as the plain number array the SD 1.5 models take for `image` and `mask`. A preallocated loop: V8's
 * `Array.from(typedArray)` goes through the iterator and is several times slower on a megabyte image.
 */
export function toByteValues(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] as number;
  return out;
}
