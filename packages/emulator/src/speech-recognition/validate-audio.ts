import type { Model } from "@wai/catalog";
import { AiInternalError, aiError, badInput } from "../ai-error.ts";
import { fromBase64, readAll } from "../bytes.ts";
import { missing, type Obj, typeMismatch } from "../validate.ts";

const NO_CONTENT_TYPE = "Content-Type is required with ReadableStream inputs";

/**
 * The audio bytes of a speech-recognition request, in the forms the real binding passes on (reference §1.1, §2.5):
 * - `whisper-bytes`: `audio: number[]` (bytes 0–255), or the raw-body form `audio: {body: ReadableStream, contentType}`;
 * - `whisper-base64`: `audio: "<base64>"`, or the raw-body form;
 * - `deepgram-stt`: `audio: {body: ReadableStream | "<base64>", contentType}` only.
 * A `Uint8Array` or `ArrayBuffer` is refused (the binding would JSON-encode it as an object: 5006), and a bare
 * `ReadableStream` fails as in the binding itself, with `AiInternalError`, since it carries no content type.
 */
export async function readAudio(model: Model, inputs: Obj): Promise<Uint8Array> {
  const audio = inputs.audio;
  if (audio === undefined) throw missing("/", ["audio"]);
  if (audio instanceof ReadableStream) {
    await audio.cancel().catch(() => {}); // let the caller's side of an RPC stream finish
    throw new AiInternalError(NO_CONTENT_TYPE);
  }
  const bytes = isBodyInput(audio) ? await readBody(audio) : readInline(model, audio);
  if (bytes.length === 0) throw badInput("'/audio' holds no audio");
  return bytes;
}

function isBodyInput(value: unknown): value is { body: unknown; contentType?: unknown } {
  return !!value && typeof value === "object" && !Array.isArray(value) && "body" in value;
}

async function readBody(audio: { body: unknown; contentType?: unknown }): Promise<Uint8Array> {
  if (typeof audio.contentType !== "string" || !audio.contentType) {
    if (audio.body instanceof ReadableStream) await audio.body.cancel().catch(() => {});
    throw new AiInternalError(NO_CONTENT_TYPE);
  }
  if (audio.body instanceof ReadableStream) return readAll(audio.body);
  if (typeof audio.body === "string") return fromBase64(audio.body) ?? throwBase64();
  throw typeMismatch("/audio/body", "string", audio.body);
}

function readInline(model: Model, audio: unknown): Uint8Array {
  if (model.input === "whisper-base64") {
    if (typeof audio !== "string") throw typeMismatch("/audio", "string", audio);
    return fromBase64(audio) ?? throwBase64();
  }
  if (model.input === "deepgram-stt") throw typeMismatch("/audio", "object", audio);
  if (!Array.isArray(audio)) throw typeMismatch("/audio", "array", audio);
  const bytes = new Uint8Array(audio.length);
  for (let i = 0; i < audio.length; i++) {
    const b = audio[i];
    if (typeof b !== "number") throw typeMismatch(`/audio/${i}`, "number", b);
    bytes[i] = b;
  }
  return bytes;
}

function throwBase64(): never {
  throw aiError(5004, "Invalid data type for base64 input");
}
