import { aliasesFromEnv, requireModel } from "@wai/catalog";
import { aiClientFor, type GatewayRequest, ignoredFieldsNote, withGatewayNotes } from "@wai/core";
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

/** `POST /v1/audio/transcriptions` (`task` "transcribe") and `/v1/audio/translations` ("translate", to English). */
export const transcribe =
  (task: WhisperTask) =>
  async (request: GatewayRequest, env: Env): Promise<Response> => {
    const { upload, fields } = await readAudioRequest(request, maxAudioBytes(env.MAX_AUDIO_BYTES));
    const params = parseTranscriptionFields(fields);
    const aliases = aliasesFromEnv(env);
    const model = requireModel(params.model, { aliases, worker: "whisper", task: "automatic-speech-recognition" });
    if (task === "translate" && !model.capabilities.translate) throw cannotTranslate(params.model, aliases);
    if (upload.size > (model.limits.maxAudioBytes ?? upload.size)) {
      throw fileTooLargeForModel(params.model, model, upload.size);
    }
    const audio = await readAudioInput(model, upload, request.auth);
    const { inputs, ignored } = toWhisperInputs(model, audio, params, task);
    const ai = aiClientFor(request, env);
    // Spread: the published input types are interfaces, and the client takes a plain record.
    const transcript = toTranscript(model, await ai.run(model.id, { ...inputs }));
    const unknown = Object.keys(fields).filter((key) => !KNOWN_FIELDS.has(key));
    return withGatewayNotes(
      toTranscriptionResponse(transcript, params, task),
      ignoredFieldsNote([...ignored, ...unknown]),
    );
  };
