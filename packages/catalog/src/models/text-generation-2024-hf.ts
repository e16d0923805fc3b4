import type { Model } from "../model.ts";
import { type ChatSpec, chatModel } from "./chat-model.ts";
import { REPLACEMENT, retired2025, retired2026, retiredUndated } from "./retirements.ts";

const guide = (spec: ChatSpec): Model => chatModel({ fromOriginalGuide: true, ...spec });

// The original guide's `@hf/...` chat models (Hugging Face builds, beta in 2024). All retired.
export const HF_2024_MODELS: readonly Model[] = [
  guide({
    id: "@hf/google/gemma-7b-it",
    created: "2024-04",
    // Gemma 7B Instruct.
    retired: retired2026("@cf/google/gemma-4-26b-a4b-it"),
  }),
  guide({
    id: "@hf/mistral/mistral-7b-instruct-v0.2",
    created: "2024-04",
    // Mistral 7B Instruct v0.2.
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@hf/nexusflow/starling-lm-7b-beta",
    created: "2024-04",
    // Starling LM 7B beta (RLAIF-tuned OpenChat).
    retired: retired2025(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@hf/nousresearch/hermes-2-pro-mistral-7b",
    created: "2024-04",
    // Hermes 2 Pro (Mistral 7B): function calling and JSON mode.
    capabilities: { tools: true, jsonMode: true },
    retired: retired2026(REPLACEMENT.multilingualChat),
  }),
  guide({
    id: "@hf/thebloke/codellama-7b-instruct-awq",
    created: "2023-11",
    // Code Llama 7B Instruct, AWQ.
    retired: retiredUndated(REPLACEMENT.codeChat),
  }),
  guide({
    id: "@hf/thebloke/deepseek-coder-6.7b-base-awq",
    created: "2024-02",
    // DeepSeek Coder 6.7B base (code completion), AWQ.
    retired: retired2025(REPLACEMENT.codeChat),
  }),
  guide({
    id: "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
    created: "2024-02",
    // DeepSeek Coder 6.7B Instruct, AWQ.
    capabilities: { jsonMode: true },
    retired: retired2025(REPLACEMENT.codeChat),
  }),
  guide({
    id: "@hf/thebloke/llama-2-13b-chat-awq",
    created: "2024-02",
    // Llama 2 13B Chat, AWQ.
    retired: retired2025(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@hf/thebloke/llamaguard-7b-awq",
    created: "2024-02",
    // Llama Guard 7B: classifies a conversation as safe or unsafe, AWQ.
    retired: retired2025("@cf/meta/llama-guard-3-8b"),
  }),
  guide({
    id: "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
    created: "2024-02",
    // Mistral 7B Instruct v0.1, AWQ.
    retired: retired2025(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@hf/thebloke/neural-chat-7b-v3-1-awq",
    created: "2024-02",
    // Intel Neural Chat 7B v3.1, AWQ.
    retired: retired2025(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
    created: "2024-02",
    // OpenHermes 2.5 (Mistral 7B), AWQ.
    retired: retired2025(REPLACEMENT.smallChat),
  }),
  guide({
    id: "@hf/thebloke/zephyr-7b-beta-awq",
    created: "2024-02",
    // Zephyr 7B beta (Mistral 7B fine-tune), AWQ.
    retired: retired2025(REPLACEMENT.smallChat),
  }),
];
