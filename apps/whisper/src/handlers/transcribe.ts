import { modelSettingsOf } from "@wai/catalog";
import { WHISPER_CATALOG } from "@wai/catalog/slices/whisper";
import { aiClientFor, type GatewayRequest, ignoredFieldsNote, modelsFor, withGatewayNotes } from "@wai/core";
import type { Env } from "../env.ts";
import { cannotTranslate } from "../transcription/cannot-translate.ts";
import { readAudioInput } from "../transcription/read-audio-input.ts";
import { toTranscript } from "../transcription/to-transcript.ts";
import { toTranscriptionResponse } from "../transcription/to-transcription-response.ts";
import { toWhisperInputs, type WhisperTask } from "../transcription/to-whisper-inputs.ts";
import { KNOWN_FIELDS, parseTranscriptionFields } from "../transcription/transcription-params.ts";
import { fileTooLargeForModel } from "../upload/file-too-large-for-model.ts";
import { maxAudioBytes } from "../upload/max-audio-bytes.ts";
import { readAudioRequest } from "../upload/read-audio-request.ts";

/**
 * `POST /v1/audio/transcriptions` (`task` "transcribe") and `/v1/audio/translations` ("translate", to English).
 * A retired id is served by its successor; `MODEL_FALLBACKS` ladders are not climbed here, since the upload is
 * streamed to the first model once (the note says so when a ladder is set).
 */
export const transcribe =
  (task: WhisperTask) =>
  async (request: GatewayRequest, env: Env): Promise<Response> => {
    const { upload, fields } = await readAudioRequest(request, maxAudioBytes(env.MAX_AUDIO_BYTES));
    const params = parseTranscriptionFields(fields);
    const resolved = modelsFor(params.model, env, {
      catalog: WHISPER_CATALOG,
      worker: "whisper",
      task: "automatic-speech-recognition",
    });
    const [model, ...ladder] = resolved.models;
    const notes = [...resolved.notes];
    if (ladder.length) notes.push("fallback: audio uploads are sent to one model; MODEL_FALLBACKS not used");
    if (task === "translate" && !model.capabilities.translate)
      throw cannotTranslate(params.model, modelSettingsOf(env).aliases);
    if (upload.size > (model.limits.maxAudioBytes ?? upload.size)) {
      throw fileTooLargeForModel(params.model, model, upload.size);
    }
    const audio = await readAudioInput(model, upload, request.auth);
    const { inputs, ignored } = toWhisperInputs(model, audio, params, task);
    const ai = aiClientFor(request, env);
    // Spread: the published input types are interfaces, and the client takes a plain record.
    const transcript = toTranscript(model, await ai.run(model.id, { ...inputs }));
    const unknown = Object.keys(fields).filter((key) => !KNOWN_FIELDS.has(key));
    return withGatewayNotes(toTranscriptionResponse(transcript, params, task), [
      ...notes,
      ...ignoredFieldsNote([...ignored, ...unknown]),
    ]);
  };
