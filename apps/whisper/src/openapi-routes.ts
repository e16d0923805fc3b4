import type { OpenApiRoute } from "@wai/playground/openapi-route";
import { CreateSpeechParams } from "./speech/speech-params.ts";
import { TranscriptionFields } from "./transcription/transcription-params.ts";

const AUDIO = { file: "The audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm)" };
const TRANSCRIPT = {
  kind: "json-or-text",
  description: "`json` / `verbose_json` as JSON; `text`, `srt` and `vtt` as text",
  types: ["text/plain", "application/x-subrip", "text/vtt"],
} as const;

/** This worker's routes for `/openapi.json` (read by the playground's build, never bundled). */
export const OPENAPI_ROUTES: OpenApiRoute[] = [
  {
    method: "post",
    path: "/v1/audio/transcriptions",
    summary: "Transcribe audio (OpenAI)",
    worker: "whisper",
    multipart: { fields: TranscriptionFields, files: AUDIO, required: ["file", "model"] },
    modelTasks: ["automatic-speech-recognition"],
    response: TRANSCRIPT,
  },
  {
    method: "post",
    path: "/v1/audio/translations",
    summary: "Transcribe audio into English (OpenAI)",
    worker: "whisper",
    multipart: { fields: TranscriptionFields, files: AUDIO, required: ["file", "model"] },
    modelTasks: ["automatic-speech-recognition"],
    response: TRANSCRIPT,
  },
  {
    method: "post",
    path: "/v1/audio/speech",
    summary: "Speak text (OpenAI)",
    worker: "whisper",
    json: CreateSpeechParams,
    modelTasks: ["text-to-speech"],
    response: { kind: "binary", description: "The audio", types: ["audio/mpeg", "audio/wav"] },
  },
];
