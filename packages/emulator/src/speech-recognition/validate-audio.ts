import { AiInternalError, aiError, badInput } from "../ai-error.ts";
import { fromBase64, readAll } from "../bytes.ts";
import type { SpeechRecognitionModel } from "../model.ts";
import { missing, type Obj, typeMismatch } from "../validate.ts";

const NO_CONTENT_TYPE = "Content-Type is required with ReadableStream inputs";

/**
 * The audio bytes of a speech-recognition request, in the forms each model's published type lists (Addendum):
 * - `bytes` (whisper, whisper-tiny-en): `audio: number[]` of bytes 0–255 only. A `{body, contentType}` stream is
 *   refused as the service would see it: the binding sends the stream as the raw body, which does not match
 *   `{audio: number[]}`, so a 5006 type mismatch on `/audio` (its body is cancelled so the caller's side ends);
 * - `base64-or-stream` (whisper-large-v3-turbo): `audio: "<base64>"` or `{body, contentType}`;
 * - `stream` (nova-3): `audio: {body: ReadableStream | "<base64>", contentType}` only.
 * A `Uint8Array` or `ArrayBuffer` is refused (the binding would JSON-encode it as an object: 5006), and a bare
 * `ReadableStream` fails as in the binding itself, with `AiInternalError`, since it carries no content type.
 */
export async function readAudio(model: SpeechRecognitionModel, inputs: Obj): Promise<Uint8Array> {
  const audio = inputs.audio;
  if (audio === undefined) throw missing("/", ["audio"]);
  if (audio instanceof ReadableStream) {
    await audio.cancel().catch(() => {}); // let the caller's side of an RPC stream finish
    throw new AiInternalError(NO_CONTENT_TYPE);
  }
  if (isBodyInput(audio) && model.audio === "bytes") {
    await cancelBody(audio);
    if (typeof audio.contentType !== "string" || !audio.contentType) throw new AiInternalError(NO_CONTENT_TYPE);
    throw typeMismatch("/audio", "array", audio);
  }
  const bytes = isBodyInput(audio) ? await readBody(audio) : readInline(model, audio);
  if (bytes.length === 0) throw badInput("'/audio' holds no audio");
  return bytes;
}

function isBodyInput(value: unknown): value is { body: unknown; contentType?: unknown } {
  return !!value && typeof value === "object" && !Array.isArray(value) && "body" in value;
}

async function cancelBody(audio: { body: unknown }): Promise<void> {
  if (audio.body instanceof ReadableStream) await audio.body.cancel().catch(() => {});
}

async function readBody(audio: { body: unknown; contentType?: unknown }): Promise<Uint8Array> {
  if (typeof audio.contentType !== "string" || !audio.contentType) {
    await cancelBody(audio);
    throw new AiInternalError(NO_CONTENT_TYPE);
  }
  if (audio.body instanceof ReadableStream) return readAll(audio.body);
  if (typeof audio.body === "string") return fromBase64(audio.body) ?? throwBase64();
  throw typeMismatch("/audio/body", "string", audio.body);
}

function readInline(model: SpeechRecognitionModel, audio: unknown): Uint8Array {
  if (model.audio === "base64-or-stream") {
    if (typeof audio !== "string") throw typeMismatch("/audio", "string", audio);
    return fromBase64(audio) ?? throwBase64();
  }
  if (model.audio === "stream") throw typeMismatch("/audio", "object", audio);
  if (!Array.isArray(audio)) throw typeMismatch("/audio", "array", audio);
  const bytes = new Uint8Array(audio.length);
  for (let i = 0; i < audio.length; i++) {
    const b = audio[i];
    if (typeof b !== "number") throw typeMismatch(`/audio/${i}`, "number", b);
    if (!Number.isInteger(b) || b < 0 || b > 255) throw badInput(`'/audio/${i}' must be a byte (0–255)`);
    bytes[i] = b;
  }
  return bytes;
}

function throwBase64(): never {
  throw aiError(5004, "Invalid data type for base64 input");
}
