import type { Model } from "@wai/catalog";
import type { TranscriptionFields } from "./transcription-params.ts";

export type WhisperTask = "transcribe" | "translate";

/** The audio, in the form the model's input style takes it. */
export type AudioInput = { base64: string } | { body: ReadableStream<Uint8Array>; contentType: string };

export interface WhisperInputs {
  inputs: Record<string, unknown>;
  /** Fields the client set that this model has no input for: reported, never dropped silently. */
  ignored: string[];
}

/**
 * OpenAI's fields → the model's inputs (reference §2.5, §6 item 10). Quirks: whisper-large-v3-turbo takes
 * base64 `audio`, `initial_prompt` (not `prompt`) and `task: "translate"`; whisper and whisper-tiny-en take
 * only the audio, here as the raw body (`{body, contentType}`: the binding sends it as the request body, as
 * the REST API takes these models' files) rather than the documented `number[]`, which would cost 3–4 bytes of
 * JSON per audio byte; nova-3 takes `{body, contentType}` and a BCP-47 `language`. None takes a temperature.
 */
export function toWhisperInputs(
  model: Model,
  audio: AudioInput,
  fields: TranscriptionFields,
  task: WhisperTask,
): WhisperInputs {
  const ignored: string[] = [];
  if (fields.temperature !== undefined) ignored.push("temperature");
  const audioValue = "base64" in audio ? audio.base64 : { body: audio.body, contentType: audio.contentType };
  if (model.input === "whisper-base64") {
    const inputs: Record<string, unknown> = { audio: audioValue, task };
    if (fields.language) inputs.language = fields.language;
    if (fields.prompt) inputs.initial_prompt = fields.prompt;
    return { inputs, ignored };
  }
  if (model.input === "deepgram-stt") {
    const inputs: Record<string, unknown> = { audio: audioValue, smart_format: true };
    if (fields.language) inputs.language = fields.language;
    else inputs.detect_language = true;
    if (fields.prompt) ignored.push("prompt");
    return { inputs, ignored };
  }
  if (fields.language) ignored.push("language");
  if (fields.prompt) ignored.push("prompt");
  return { inputs: { audio: audioValue }, ignored };
}
