import type { Catalog } from "../catalog.ts";
import {
  IMAGE_TEXT_TO_IMAGE_IDS,
  TRANSLATE_TRANSLATION_IDS,
  WHISPER_AUTOMATIC_SPEECH_RECOGNITION_IDS,
  WHISPER_TEXT_TO_SPEECH_IDS,
} from "../id-index.ts";
import { EMBEDDING_MODELS } from "../models/embeddings.ts";
import { IMAGE_TO_TEXT_MODELS } from "../models/image-to-text.ts";
import { TEXT_GENERATION_MODELS } from "./text-generation.ts";

/** chat-embed's slice: text generation, image-to-text and embeddings (`@wai/catalog/slices/chat-embed`). */
export const CHAT_EMBED_CATALOG: Catalog = {
  worker: "chat-embed",
  models: [...TEXT_GENERATION_MODELS, ...IMAGE_TO_TEXT_MODELS, ...EMBEDDING_MODELS],
  others: [
    IMAGE_TEXT_TO_IMAGE_IDS,
    WHISPER_AUTOMATIC_SPEECH_RECOGNITION_IDS,
    WHISPER_TEXT_TO_SPEECH_IDS,
    TRANSLATE_TRANSLATION_IDS,
  ],
};
