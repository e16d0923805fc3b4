import type { Model } from "../model.ts";
import { CF_2024_MODELS } from "../models/text-generation-2024-cf.ts";
import { HF_2024_MODELS } from "../models/text-generation-2024-hf.ts";
import { MODELS_2025 } from "../models/text-generation-2025.ts";
import { CHAT_COMPLETIONS_MODELS } from "../models/text-generation-chat-completions.ts";
import { LLAMA_MODELS } from "../models/text-generation-llama.ts";
import { LLAMA_2024_MODELS } from "../models/text-generation-llama-2024.ts";

/** Every text-generation model, in catalog order: chat-embed serves them, translate's LLM engine runs them. */
export const TEXT_GENERATION_MODELS: readonly Model[] = [
  ...CHAT_COMPLETIONS_MODELS,
  ...LLAMA_MODELS,
  ...MODELS_2025,
  ...LLAMA_2024_MODELS,
  ...CF_2024_MODELS,
  ...HF_2024_MODELS,
];
