import type { Model } from "../model.ts";
import { type ChatSpec, chatModel } from "./chat-model.ts";
import { REPLACEMENT, retired2025, retired2026, retiredUndated } from "./retirements.ts";

const guide = (spec: ChatSpec): Model => chatModel({ fromOriginalGuide: true, ...spec });

// The original guide's `@cf/...` chat models (beta in 2024), Llama aside. Most are retired.
export const CF_2024_MODELS: readonly Model[] = [
  guide({
    id: "@cf/deepseek-ai/deepseek-math-7b-instruct",
    created: "2024-02",
    // DeepSeekMath 7B Instruct: mathematical reasoning.
    retired: retired2025(REPLACEMENT.reasoningChat),
  }),
  guide({
    id: "@cf/defog/sqlcoder-7b-2",
    created: "2024-02",
    // SQLCoder 7B: writes SQL from a question and a schema.
    retired: retired2026(REPLACEMENT.codeChat),
  }),
  guide({
    id: "@cf/fblgit/una-cybertron-7b-v2-awq",
    created: "2024-02",
    // UNA Cybertron 7B v2 (Mistral fine-tune), AWQ.
    retired: retiredUndated(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@cf/fblgit/una-cybertron-7b-v2-bf16",
    created: "2024-02",
    // UNA Cybertron 7B v2 (Mistral fine-tune), bf16.
    retired: retired2025(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@cf/google/gemma-2b-it-lora",
    created: "2024-04",
    // Gemma 2B Instruct as a base for LoRA fine-tunes (`lora`); runs without one too.
    limits: { contextWindow: 4096 }, // UNCONFIRMED (the model card says 8K)
  }),
  guide({
    id: "@cf/google/gemma-7b-it-lora",
    created: "2024-04",
    // Gemma 7B Instruct as a base for LoRA fine-tunes (`lora`); runs without one too.
    limits: { contextWindow: 4096 }, // UNCONFIRMED (the model card says 8K)
  }),
  guide({
    id: "@cf/microsoft/phi-2",
    created: "2024-02",
    // Phi-2: a 2.7B model from Microsoft Research.
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@cf/mistral/mistral-7b-instruct-v0.1",
    created: "2023-11",
    // Mistral 7B Instruct v0.1.
    price: { inputPerMTokens: 10000, outputPerMTokens: 17300 },
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@cf/mistral/mistral-7b-instruct-v0.1-vllm",
    created: "2024-02",
    // Mistral 7B Instruct v0.1, served by vLLM.
    retired: retiredUndated(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@cf/mistral/mistral-7b-instruct-v0.2-lora",
    created: "2024-04",
    // Mistral 7B Instruct v0.2 as a base for LoRA fine-tunes (`lora`); runs without one too.
    limits: { contextWindow: 4096 }, // UNCONFIRMED (the model card says 32K)
  }),
  guide({
    id: "@cf/openchat/openchat-3.5-0106",
    created: "2024-02",
    // OpenChat 3.5 (0106).
    retired: retired2025(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@cf/qwen/qwen1.5-0.5b-chat",
    created: "2024-02",
    // Qwen 1.5 0.5B Chat.
    retired: retired2025(REPLACEMENT.multilingualChat),
  }),
  guide({
    id: "@cf/qwen/qwen1.5-1.8b-chat",
    created: "2024-02",
    // Qwen 1.5 1.8B Chat.
    retired: retired2025(REPLACEMENT.multilingualChat),
  }),
  guide({
    id: "@cf/qwen/qwen1.5-7b-chat-awq",
    created: "2024-02",
    // Qwen 1.5 7B Chat, AWQ.
    retired: retired2025(REPLACEMENT.multilingualChat),
  }),
  guide({
    id: "@cf/qwen/qwen1.5-14b-chat-awq",
    created: "2024-02",
    // Qwen 1.5 14B Chat, AWQ.
    retired: retired2025(REPLACEMENT.multilingualChat),
  }),
  guide({
    id: "@cf/thebloke/discolm-german-7b-v1-awq",
    created: "2024-02",
    // DiscoLM German 7B v1: German-language chat, AWQ.
    retired: retired2025(REPLACEMENT.multilingualChat),
  }),
  guide({
    id: "@cf/tiiuae/falcon-7b-instruct",
    created: "2024-02",
    // Falcon 7B Instruct.
    retired: retired2025(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
    created: "2024-02",
    // TinyLlama 1.1B Chat v1.0.
    retired: retired2025(REPLACEMENT.smallChat),
  }),
];
