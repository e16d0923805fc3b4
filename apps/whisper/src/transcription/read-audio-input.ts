import type { Model } from "@wai/catalog";
import type { AuthContext } from "@wai/core";
import type { AudioUpload } from "../upload/audio-upload.ts";
import { encodeBase64 } from "./encode-base64.ts";
import { readByteArray } from "./read-byte-array.ts";
import type { AudioInput } from "./to-whisper-inputs.ts";

/**
 * The audio in the form the model documents for the way it is called (reference §2.5 and its Addendum):
 * - whisper, whisper-tiny-en: through the binding `number[]` (their only published input); over REST
 *   (passthrough) the raw file as the body, which their model pages document, so no array is built.
 * - whisper-large-v3-turbo: through the binding the stream form `{body, contentType}` its type lists (memory
 *   about the file's size); over REST base64 in JSON (`encodeBase64`, in pieces as the file is read).
 * - nova-3: the stream form, both ways (the REST client sends it as the raw body).
 */
export async function readAudioInput(model: Model, upload: AudioUpload, auth: AuthContext): Promise<AudioInput> {
  const rest = auth.mode === "passthrough";
  if (model.input === "whisper-bytes" && !rest) return { bytes: await readByteArray(upload.stream(), upload.size) };
  if (model.input === "whisper-base64" && rest) return { base64: await encodeBase64(upload.stream()) };
  return { body: upload.stream(), contentType: upload.contentType };
}
