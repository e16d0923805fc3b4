import type { Model } from "../model.ts";
import { EMBEDDING_MODELS } from "./embeddings.ts";
import { IMAGE_TO_TEXT_MODELS } from "./image-to-text.ts";
import { IMAGE_MODELS } from "./images.ts";
import { STABLE_DIFFUSION_MODELS } from "./images-stable-diffusion.ts";
import { SPEECH_TO_TEXT_MODELS } from "./speech-to-text.ts";
import { CF_2024_MODELS } from "./text-generation-2024-cf.ts";
import { HF_2024_MODELS } from "./text-generation-2024-hf.ts";
import { MODELS_2025 } from "./text-generation-2025.ts";
import { CHAT_COMPLETIONS_MODELS } from "./text-generation-chat-completions.ts";
import { LLAMA_MODELS } from "./text-generation-llama.ts";
import { LLAMA_2024_MODELS } from "./text-generation-llama-2024.ts";
import { TEXT_TO_SPEECH_MODELS } from "./text-to-speech.ts";
import { TRANSLATION_MODELS } from "./translation.ts";

/**
 * Every model the catalog knows, current and retired, newest families first within each task. Each entry's
 * first comment says what the model is: a comment, not a field, since no route shows it and every worker would
 * ship it (about 1.5 KiB gzip for chat-embed's and translate's slices).
 */
export const MODELS: readonly Model[] = [
  ...CHAT_COMPLETIONS_MODELS,
  ...LLAMA_MODELS,
  ...MODELS_2025,
  ...LLAMA_2024_MODELS,
  ...CF_2024_MODELS,
  ...HF_2024_MODELS,
  ...IMAGE_TO_TEXT_MODELS,
  ...EMBEDDING_MODELS,
  ...IMAGE_MODELS,
  ...STABLE_DIFFUSION_MODELS,
  ...SPEECH_TO_TEXT_MODELS,
  ...TEXT_TO_SPEECH_MODELS,
  ...TRANSLATION_MODELS,
];
