import { embeddings } from "./embeddings/embeddings.ts";
import { findFaults, throwFaultError, throwTimeoutFault } from "./faults.ts";
import { imageToText } from "./image-to-text/image-to-text.ts";
import type { EmulatedModel } from "./model.ts";
import type { Output } from "./output.ts";
import { speechRecognition } from "./speech-recognition/speech-recognition.ts";
import { textGeneration } from "./text-generation/text-generation.ts";
import { textToImage } from "./text-to-image/text-to-image.ts";
import { textToSpeech } from "./text-to-speech/text-to-speech.ts";
import { translation } from "./translation/translation.ts";
import { asObject } from "./validate.ts";

/**
 * One `run` for a known model: faults asked for by `#fault:` markers first, then the task's own validation and
 * answer, chosen by the emulator's own table (never by the model id).
 */
export async function emulate(model: EmulatedModel, rawInputs: unknown): Promise<Output> {
  const inputs = asObject(rawInputs);
  const faults = findFaults(inputs);
  throwFaultError(faults, model.task === "text-generation" ? model.contextWindow : undefined);
  await throwTimeoutFault(faults);
  switch (model.task) {
    case "text-generation":
      return textGeneration(model, inputs, faults);
    case "embeddings":
      return embeddings(model, inputs);
    case "image-to-text":
      return imageToText(model, inputs);
    case "text-to-image":
      return textToImage(model, inputs);
    case "speech-recognition":
      return speechRecognition(model, inputs);
    case "text-to-speech":
      return textToSpeech(model, inputs);
    case "translation":
      return translation(inputs, faults);
  }
}
