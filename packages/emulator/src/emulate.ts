import type { Model } from "@wai/catalog";
import { embeddings } from "./embeddings/embeddings.ts";
import { findFaults, throwFaultError } from "./faults.ts";
import { imageToText } from "./image-to-text/image-to-text.ts";
import type { Output } from "./output.ts";
import { textGeneration } from "./text-generation/text-generation.ts";
import { textToImage } from "./text-to-image/text-to-image.ts";
import { textToSpeech } from "./text-to-speech/text-to-speech.ts";
import { translation } from "./translation/translation.ts";
import { asObject } from "./validate.ts";
import { speechRecognition } from "./speech-recognition/speech-recognition.ts";

/**
 * One `run` for a known model: faults asked for by `#fault:` markers first, then the task's own validation and
 * answer, chosen by the model's output style (never its id).
 */
export async function emulate(model: Model, rawInputs: unknown): Promise<Output> {
  const inputs = asObject(rawInputs);
  const faults = findFaults(inputs);
  throwFaultError(faults, model.limits.contextWindow);
  switch (model.output) {
    case "legacy-response":
    case "chat-completion":
      return textGeneration(model, inputs, faults);
    case "embedding":
      return embeddings(model, inputs);
    case "description":
      return imageToText(model, inputs);
    case "png-bytes":
    case "jpeg-bytes":
    case "base64-image-json":
      return textToImage(model, inputs);
    case "whisper":
    case "whisper-turbo":
    case "deepgram-stt":
      return speechRecognition(model, inputs);
    case "audio-base64-or-bytes":
    case "audio-bytes":
      return textToSpeech(model, inputs);
    case "translated-text":
      return translation(inputs);
  }
}
