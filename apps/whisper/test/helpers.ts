import { exports } from "cloudflare:workers";

export const KEY = "sk-local-dev";

/**
 * A PCM WAV of `seconds` (16 kHz, mono, 16-bit: 32,000 bytes a second), the emulator reads its duration from the
 * header. `marker` is written right after the header (a fault marker like `#fault:3040`); `fill` varies the
 * samples so two files differ.
 */
export function wav(seconds: number, { marker = "", fill = 0 } = {}): Uint8Array {
  const dataBytes = Math.round(seconds * 32000);
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 16000, true);
  view.setUint32(28, 32000, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  bytes.fill(fill, 44);
  ascii(44, marker);
  return bytes;
}

/** A multipart body as the OpenAI SDK builds it: the file part, then text fields (arrays repeat the name). */
export function audioForm(
  fields: Record<string, string | string[]>,
  file: { bytes: Uint8Array; name?: string; type?: string } | null = { bytes: wav(3) },
): FormData {
  const form = new FormData();
  if (file) form.append("file", new File([file.bytes], file.name ?? "speech.wav", { type: file.type ?? "audio/wav" }));
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return form;
}

/** POSTs to the worker under test with the development key. */
export function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(`http://w${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, ...headers },
    body,
  });
}

/** The OpenAI error envelope of a response, asserting nothing. */
export async function errorOf(
  res: Response,
): Promise<{ message: string; type: string; param: string | null; code: string | null }> {
  const body = (await res.json()) as {
    error: { message: string; type: string; param: string | null; code: string | null };
  };
  return body.error;
}
