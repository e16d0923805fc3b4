import type { SpeechRecognitionModel } from "../model.ts";

// The stream form `{body, contentType}` only where the published type lists it (Addendum): turbo and nova-3.
export const SPEECH_RECOGNITION_MODELS: readonly SpeechRecognitionModel[] = [
  {
    id: "@cf/openai/whisper",
    source: "AiModels: Ai_Cf_Openai_Whisper_Input (`{audio: number[]}`; REST: the raw body)",
    task: "speech-recognition",
    audio: "bytes",
    output: "whisper",
  },
  {
    id: "@cf/openai/whisper-tiny-en",
    source: "AiModels: Ai_Cf_Openai_Whisper_Tiny_En_Input (`{audio: number[]}`; REST: the raw body)",
    task: "speech-recognition",
    audio: "bytes",
    output: "whisper",
  },
  {
    id: "@cf/openai/whisper-large-v3-turbo",
    source: "AiModels: Ai_Cf_Openai_Whisper_Large_V3_Turbo_Input (`audio: string | {body, contentType}`)",
    task: "speech-recognition",
    audio: "base64-or-stream",
    output: "whisper-turbo",
  },
  {
    id: "@cf/deepgram/nova-3",
    source: "AiModels: Ai_Cf_Deepgram_Nova_3_Input (`audio: {body, contentType}`)",
    task: "speech-recognition",
    audio: "stream",
    output: "deepgram",
  },
];
