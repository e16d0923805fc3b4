import type { Model } from "../model.ts";
import { chatModel } from "./chat-model.ts";
import { perMTokens } from "./price.ts";
import { retired2026 } from "./retirements.ts";

// 2025's open models with Workers AI's own input shapes (some answer in OpenAI's chat.completion shape).
export const MODELS_2025: readonly Model[] = [
  chatModel({
    id: "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b",
    created: "2025-01",
    // DeepSeek R1 distilled into Qwen 32B: reasoning. Content must be a string.
    capabilities: { jsonMode: true, reasoning: true },
    limits: { contextWindow: 80000 }, // UNCONFIRMED
    price: { inputPerMTokens: 45170, outputPerMTokens: 443756 },
  }),
  chatModel({
    id: "@cf/qwen/qwq-32b",
    created: "2025-03-05",
    // QwQ 32B: Qwen's reasoning model. Takes `guided_json`.
    capabilities: { reasoning: true },
    limits: { contextWindow: 24000 },
    price: perMTokens(0.66, 1),
  }),
  chatModel({
    id: "@cf/qwen/qwen2.5-coder-32b-instruct",
    created: "2025-03", // UNCONFIRMED month (announced 2025-04-11)
    // Qwen 2.5 Coder 32B Instruct: code generation and repair. Takes `guided_json`.
    limits: { contextWindow: 32768 }, // UNCONFIRMED
    price: perMTokens(0.66, 1), // UNCONFIRMED
  }),
  chatModel({
    id: "@cf/qwen/qwen3-30b-a3b-fp8",
    created: "2025-04-30",
    // Qwen3 30B-A3B (mixture of experts), FP8: reasoning and tool calling; answers as chat.completion.
    output: "chat-completion",
    capabilities: { tools: true, jsonMode: true, reasoning: true },
    limits: { contextWindow: 32768 },
    price: perMTokens(0.051, 0.34),
  }),
  chatModel({
    id: "@cf/mistralai/mistral-small-3.1-24b-instruct",
    created: "2025-03-18",
    // Mistral Small 3.1 24B: vision and tool calling (tool messages need a 9-character tool_call_id).
    input: "prompt-messages-parts",
    capabilities: { tools: true, vision: true },
    limits: { contextWindow: 128000 },
    price: perMTokens(0.35, 0.56),
  }),
  chatModel({
    id: "@cf/google/gemma-3-12b-it",
    created: "2025-03-18",
    // Gemma 3 12B Instruct: text and images, 140 languages.
    input: "prompt-messages-parts",
    capabilities: { vision: true },
    limits: { contextWindow: 80000 },
    price: perMTokens(0.35, 0.56),
    retired: retired2026("@cf/google/gemma-4-26b-a4b-it"),
  }),
];
