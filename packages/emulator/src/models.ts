import { EMBEDDINGS_MODELS } from "./embeddings/models.ts";
import { IMAGE_TO_TEXT_MODELS } from "./image-to-text/models.ts";
import type { EmulatedModel } from "./model.ts";
import { SPEECH_RECOGNITION_MODELS } from "./speech-recognition/models.ts";
import { TEXT_GENERATION_MODELS } from "./text-generation/models.ts";
import { TEXT_TO_IMAGE_MODELS } from "./text-to-image/models.ts";
import { TEXT_TO_SPEECH_MODELS } from "./text-to-speech/models.ts";
import { TRANSLATION_MODELS } from "./translation/models.ts";

export type * from "./model.ts";
export { RETIRED_MODELS } from "./retired-models.ts";

/** Every model the emulator serves, by task (`@wai/emulator/models`). */
export const EMULATED_MODELS: readonly EmulatedModel[] = [
  ...TEXT_GENERATION_MODELS,
  ...IMAGE_TO_TEXT_MODELS,
  ...EMBEDDINGS_MODELS,
  ...TEXT_TO_IMAGE_MODELS,
  ...SPEECH_RECOGNITION_MODELS,
  ...TEXT_TO_SPEECH_MODELS,
  ...TRANSLATION_MODELS,
];
