import type { Model } from "../model.ts";
import { chatModel } from "./chat-model.ts";
import { REPLACEMENT, retired2026 } from "./retirements.ts";

// The Llama 2 and Llama 3 models of 2023–2024, most of them in the original guide.
export const LLAMA_2024_MODELS: readonly Model[] = [
  chatModel({
    id: "@cf/meta/llama-2-7b-chat-int8",
    created: "2023-09-27",
    // Llama 2 7B Chat, int8: one of Workers AI's first models.
    fromOriginalGuide: true,
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  chatModel({
    id: "@cf/meta/llama-2-7b-chat-fp16",
    created: "2023-11",
    // Llama 2 7B Chat, full precision.
    fromOriginalGuide: true,
    price: { inputPerMTokens: 50505, outputPerMTokens: 606061 },
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  chatModel({
    id: "@cf/meta-llama/llama-2-7b-chat-hf-lora",
    created: "2024-04",
    // Llama 2 7B Chat as a base for LoRA fine-tunes (`lora`); runs without one too.
    fromOriginalGuide: true,
    limits: { contextWindow: 4096 }, // UNCONFIRMED: Llama 2's own window
  }),
  chatModel({
    id: "@cf/meta/llama-3-8b-instruct",
    created: "2024-04-18",
    // Llama 3 8B Instruct (the guide's example model).
    fromOriginalGuide: true,
    capabilities: { jsonMode: true },
    price: { inputPerMTokens: 25608, outputPerMTokens: 75147 },
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  chatModel({
    id: "@cf/meta/llama-3-8b-instruct-awq",
    created: "2024-05",
    // Llama 3 8B Instruct quantized to 4 bits (AWQ).
    fromOriginalGuide: true,
    price: { inputPerMTokens: 11161, outputPerMTokens: 24215 },
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  chatModel({
    id: "@hf/meta-llama/meta-llama-3-8b-instruct",
    created: "2024-04-18",
    // Llama 3 8B Instruct, Hugging Face build.
    retired: retired2026(REPLACEMENT.smallChat),
  }),
];
