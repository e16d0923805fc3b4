import { toBase64 } from "@wai/core";

/** Whether this machine stores floats little-endian (every Workers host does; checked, not assumed). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * `encoding_format: "base64"`: the vector's little-endian float32 bytes in base64 (reference §4.4). The
 * OpenAI SDKs ask for it by default and decode it as such; an array sent instead decodes to garbage.
 */
export function toBase64Float32(vector: readonly number[]): string {
  return toBase64(LITTLE_ENDIAN ? new Uint8Array(new Float32Array(vector).buffer) : swapped(vector));
}

function swapped(vector: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < vector.length; i++) view.setFloat32(i * 4, vector[i] ?? 0, true);
  return bytes;
}
