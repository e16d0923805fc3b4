import type { Catalog } from "../catalog.ts";
import {
  CHAT_EMBED_IMAGE_TO_TEXT_IDS,
  CHAT_EMBED_TEXT_EMBEDDINGS_IDS,
  IMAGE_TEXT_TO_IMAGE_IDS,
  WHISPER_AUTOMATIC_SPEECH_RECOGNITION_IDS,
  WHISPER_TEXT_TO_SPEECH_IDS,
} from "../id-index.ts";
import { TRANSLATION_MODELS } from "../models/translation.ts";
import { TEXT_GENERATION_MODELS } from "./text-generation.ts";

/**
 * The translate worker's slice (`@wai/catalog/slices/translate`): its translation models, which `/v1/models`
 * lists, and every text-generation model, which its LLM engine runs (`TRANSLATE_MODEL`, `TRANSLATE_LLM_MODEL`)
 * but chat-embed serves.
 */
export const TRANSLATE_CATALOG: Catalog = {
  worker: "translate",
  models: [...TRANSLATION_MODELS, ...TEXT_GENERATION_MODELS],
  others: [
    CHAT_EMBED_IMAGE_TO_TEXT_IDS,
    CHAT_EMBED_TEXT_EMBEDDINGS_IDS,
    IMAGE_TEXT_TO_IMAGE_IDS,
    WHISPER_AUTOMATIC_SPEECH_RECOGNITION_IDS,
    WHISPER_TEXT_TO_SPEECH_IDS,
  ],
};
