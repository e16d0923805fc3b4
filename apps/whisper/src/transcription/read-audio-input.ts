import type { Model } from "@wai/catalog";
import type { AuthContext } from "@wai/core";
import type { AudioUpload } from "../upload/audio-upload.ts";
import { encodeBase64 } from "./encode-base64.ts";
import type { AudioInput } from "./to-whisper-inputs.ts";

/**
 * The audio in the form the call needs. Through the binding every model gets the bytes as a stream
 * (`{body, contentType}`, sent as the raw request body): memory stays about the file's size, and no CPU goes to
 * base64 or JSON. Over REST (passthrough mode) whisper-large-v3-turbo only takes JSON with base64 audio
 * (`encodeBase64`: in 768 KiB pieces as the file is read, never a binary string or a number array).
 */
export async function readAudioInput(model: Model, upload: AudioUpload, auth: AuthContext): Promise<AudioInput> {
  if (model.input === "whisper-base64" && auth.mode === "passthrough") {
    return { base64: await encodeBase64(upload.stream()) };
  }
  return { body: upload.stream(), contentType: upload.contentType };
}
