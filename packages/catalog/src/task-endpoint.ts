import type { Task } from "./model.ts";

/** The route of this gateway that serves each task, as error messages name it. */
export const TASK_ENDPOINT: Readonly<Record<Task, string>> = {
  "text-generation": "POST /v1/chat/completions (or /v1/completions)",
  "image-to-text": "POST /v1/chat/completions, with an image in the message",
  "text-embeddings": "POST /v1/embeddings",
  "text-to-image": "POST /v1/images/generations",
  "automatic-speech-recognition": "POST /v1/audio/transcriptions",
  "text-to-speech": "POST /v1/audio/speech",
  translation: "POST /translate (DeepLX) or POST /v2/translate (DeepL)",
};
