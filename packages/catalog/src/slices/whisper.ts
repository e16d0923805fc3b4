import type { Catalog } from "../catalog.ts";
import {
  CHAT_EMBED_IMAGE_TO_TEXT_IDS,
  CHAT_EMBED_TEXT_EMBEDDINGS_IDS,
  CHAT_EMBED_TEXT_GENERATION_IDS,
  IMAGE_TEXT_TO_IMAGE_IDS,
  TRANSLATE_TRANSLATION_IDS,
} from "../id-index.ts";
import { SPEECH_TO_TEXT_MODELS } from "../models/speech-to-text.ts";
import { TEXT_TO_SPEECH_MODELS } from "../models/text-to-speech.ts";

/** The whisper worker's slice: speech recognition and speech (`@wai/catalog/slices/whisper`). */
export const WHISPER_CATALOG: Catalog = {
  worker: "whisper",
  models: [...SPEECH_TO_TEXT_MODELS, ...TEXT_TO_SPEECH_MODELS],
  others: [
    CHAT_EMBED_TEXT_GENERATION_IDS,
    CHAT_EMBED_IMAGE_TO_TEXT_IDS,
    CHAT_EMBED_TEXT_EMBEDDINGS_IDS,
    IMAGE_TEXT_TO_IMAGE_IDS,
    TRANSLATE_TRANSLATION_IDS,
  ],
};
