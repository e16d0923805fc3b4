import type { Catalog } from "../catalog.ts";
import {
  CHAT_EMBED_IMAGE_TO_TEXT_IDS,
  CHAT_EMBED_TEXT_EMBEDDINGS_IDS,
  CHAT_EMBED_TEXT_GENERATION_IDS,
  TRANSLATE_TRANSLATION_IDS,
  WHISPER_AUTOMATIC_SPEECH_RECOGNITION_IDS,
  WHISPER_TEXT_TO_SPEECH_IDS,
} from "../id-index.ts";
import { IMAGE_MODELS } from "../models/images.ts";
import { STABLE_DIFFUSION_MODELS } from "../models/images-stable-diffusion.ts";

/** The image worker's slice: text-to-image (`@wai/catalog/slices/image`). */
export const IMAGE_CATALOG: Catalog = {
  worker: "image",
  models: [...IMAGE_MODELS, ...STABLE_DIFFUSION_MODELS],
  others: [
    CHAT_EMBED_TEXT_GENERATION_IDS,
    CHAT_EMBED_IMAGE_TO_TEXT_IDS,
    CHAT_EMBED_TEXT_EMBEDDINGS_IDS,
    WHISPER_AUTOMATIC_SPEECH_RECOGNITION_IDS,
    WHISPER_TEXT_TO_SPEECH_IDS,
    TRANSLATE_TRANSLATION_IDS,
  ],
};
