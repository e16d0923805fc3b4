/** Base64 for every worker: images in JSON, audio for Whisper, embeddings the OpenAI SDK asks base64 for. */
// V8's `Uint8Array.prototype.toBase64` / `Uint8Array.fromBase64` (ES2026), when the runtime has them.
type Base64Native = { toBase64?: () => string };
type Base64Ctor = { fromBase64?: (text: string) => Uint8Array };

const CHUNK = 0x8000;

/** Bytes to standard base64, natively when the runtime can, else by `btoa` over 32 KiB slices. */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Native).toBase64;
  if (native) return native.call(bytes);
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Standard base64 (whitespace tolerated) to bytes; `undefined` when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const native = (Uint8Array as Base64Ctor).fromBase64;
  try {
    if (native) return native(clean.padEnd(Math.ceil(clean.length / 4) * 4, "="));
    const binary = atob(clean);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}
