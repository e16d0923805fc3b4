import { exports } from "cloudflare:workers";
import { wavOfSeconds } from "@wai/emulator/wav";

export const KEY = "sk-local-dev";

/** A PCM WAV that plays `seconds`; the emulator reads its duration from the header. */
export const wav = wavOfSeconds;

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
