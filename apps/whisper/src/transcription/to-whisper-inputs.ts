import type { Model } from "@wai/catalog";
import type { Nova3Input, TurboInput, WhisperInput, WhisperRestInput } from "../upstream-inputs.ts";
import type { TranscriptionFields } from "./transcription-params.ts";

export type WhisperTask = "transcribe" | "translate";

/** The audio, in the form the model documents for the way it is called (`readAudioInput`). */
export type AudioInput =
  | { bytes: number[] }
  | { base64: string }
  | { body: ReadableStream<Uint8Array>; contentType: string };

export interface WhisperInputs {
  inputs: WhisperInput | WhisperRestInput | TurboInput | Nova3Input;
  /** Fields the client set that this model has no input for: reported, never dropped silently. */
  ignored: string[];
}

/**
 * OpenAI's fields → the model's published inputs (reference §2.5, §6 item 10; `upstream-inputs.ts`). Quirks:
 * whisper-large-v3-turbo takes `initial_prompt` (not `prompt`) and `task: "translate"`; whisper and
 * whisper-tiny-en take only the audio, as `number[]` (`{audio: number[]}`; over REST the raw file); nova-3 takes
 * the stream form and a BCP-47 `language` (or `detect_language`). None takes a temperature.
 */
export function toWhisperInputs(
  model: Model,
  audio: AudioInput,
  fields: TranscriptionFields,
  task: WhisperTask,
): WhisperInputs {
  const ignored: string[] = [];
  if (fields.temperature !== undefined) ignored.push("temperature");
  if (model.input === "whisper-base64") return { inputs: toTurboInputs(audio, fields, task), ignored };
  if (fields.prompt) ignored.push("prompt");
  if (model.input === "deepgram-stt") return { inputs: toNova3Inputs(audio, fields), ignored };
  if (fields.language) ignored.push("language");
  return { inputs: toWhisperBytesInputs(audio), ignored };
}

/** whisper, whisper-tiny-en: `{audio: number[]}` through the binding, the raw file over REST. */
export function toWhisperBytesInputs(audio: AudioInput): WhisperInput | WhisperRestInput {
  if ("bytes" in audio) return { audio: audio.bytes };
  if ("body" in audio) return { audio: audio };
  throw new Error("whisper takes number[] or the raw file, never base64"); // readAudioInput never builds it
}

export function toTurboInputs(audio: AudioInput, fields: TranscriptionFields, task: WhisperTask): TurboInput {
  if ("bytes" in audio) throw new Error("whisper-large-v3-turbo takes base64 or a stream, never number[]");
  const inputs: TurboInput = { audio: "base64" in audio ? audio.base64 : audio, task };
  if (fields.language) inputs.language = fields.language;
  if (fields.prompt) inputs.initial_prompt = fields.prompt;
  return inputs;
}

export function toNova3Inputs(audio: AudioInput, fields: TranscriptionFields): Nova3Input {
  if (!("body" in audio)) throw new Error("nova-3 takes only the stream form {body, contentType}");
  const inputs: Nova3Input = { audio, smart_format: true };
  if (fields.language) inputs.language = fields.language;
  else inputs.detect_language = true;
  return inputs;
}
