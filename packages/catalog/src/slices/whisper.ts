import type { Catalog } from "../catalog.ts";
import { SPEECH_TO_TEXT_MODELS } from "../models/speech-to-text.ts";
import { TEXT_TO_SPEECH_MODELS } from "../models/text-to-speech.ts";

/** The whisper worker's slice: speech recognition and speech (`@wai/catalog/slices/whisper`). */
export const WHISPER_CATALOG: Catalog = {
  worker: "whisper",
  models: [...SPEECH_TO_TEXT_MODELS, ...TEXT_TO_SPEECH_MODELS],
};
