import type { Model } from "../model.ts";
import { chatModel } from "./chat-model.ts";
import { perMTokens } from "./price.ts";
import { REPLACEMENT, retired2026 } from "./retirements.ts";

// Llama 3.1 and later. Prices: the pricing page's own neuron figures where it lists the model.
export const LLAMA_MODELS: readonly Model[] = [
  chatModel({
    id: "@cf/meta/llama-3.1-8b-instruct-fast",
    created: "2024-09", // UNCONFIRMED month
    // Llama 3.1 8B Instruct, fast variant: the cheap default chat model. Kept when the others went.
    // gpt-3.5-turbo-instruct is OpenAI's small completions model (`/v1/completions`); so is this one. It has
    // no tool calling, so gpt-4o-mini and gpt-3.5-turbo (agents send them tools) sit on glm-4.7-flash.
    aliases: ["gpt-3.5-turbo-instruct"],
    capabilities: { jsonMode: true },
    limits: { contextWindow: 8000 }, // UNCONFIRMED: the 8,000 observed on llama-3.1-8b-instruct
    // UNCONFIRMED: the pricing page lists `llama-3.1-8b-instruct-fp8-fast` at $0.045/$0.384; assumed the same.
    price: { inputPerMTokens: 4119, outputPerMTokens: 34868 },
  }),
  chatModel({
    id: "@cf/meta/llama-3.1-8b-instruct-fp8",
    created: "2024-07",
    // Llama 3.1 8B Instruct quantized to FP8.
    capabilities: { jsonMode: true },
    limits: { contextWindow: 32000 },
    price: { inputPerMTokens: 13778, outputPerMTokens: 26128 },
  }),
  chatModel({
    id: "@cf/meta/llama-3.1-8b-instruct",
    created: "2024-07-23",
    // Llama 3.1 8B Instruct.
    capabilities: { jsonMode: true },
    limits: { contextWindow: 8000 },
    price: { inputPerMTokens: 25608, outputPerMTokens: 75147 },
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  chatModel({
    id: "@cf/meta/llama-3.1-8b-instruct-awq",
    created: "2024-07",
    // Llama 3.1 8B Instruct quantized to 4 bits (AWQ).
    limits: { contextWindow: 8000 }, // UNCONFIRMED
    price: { inputPerMTokens: 11161, outputPerMTokens: 24215 },
    retired: retired2026(REPLACEMENT.smallChat),
  }),
  chatModel({
    id: "@cf/meta/llama-3.1-70b-instruct",
    created: "2024-07-23",
    // Llama 3.1 70B Instruct.
    capabilities: { jsonMode: true },
    retired: retired2026("@cf/meta/llama-3.3-70b-instruct-fp8-fast"),
  }),
  chatModel({
    id: "@cf/meta/llama-3.2-1b-instruct",
    created: "2024-09-25",
    // Llama 3.2 1B Instruct: the smallest and cheapest chat model.
    limits: { contextWindow: 8000 }, // UNCONFIRMED on Workers AI (the model card says 128K)
    price: { inputPerMTokens: 2457, outputPerMTokens: 18252 },
  }),
  chatModel({
    id: "@cf/meta/llama-3.2-3b-instruct",
    created: "2024-09-25",
    // Llama 3.2 3B Instruct.
    limits: { contextWindow: 8000 }, // UNCONFIRMED on Workers AI (the model card says 128K)
    price: { inputPerMTokens: 4625, outputPerMTokens: 30475 },
  }),
  chatModel({
    id: "@cf/meta/llama-3.2-11b-vision-instruct",
    created: "2024-09-25",
    // Llama 3.2 11B Vision: images as data: URIs. Each account must accept Meta's license once ({"prompt":"agree"}).
    input: "prompt-messages-parts",
    capabilities: { vision: true, jsonMode: true },
    limits: { contextWindow: 8000 }, // UNCONFIRMED on Workers AI (the model card says 128K)
    price: { inputPerMTokens: 4410, outputPerMTokens: 61493 },
  }),
  chatModel({
    id: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
    created: "2024-12",
    // Llama 3.3 70B Instruct, FP8, fast: the strongest Llama for text. Content must be a string.
    aliases: ["gpt-4"], // text only, like the original gpt-4
    capabilities: { tools: true, jsonMode: true },
    limits: { contextWindow: 24000 },
    price: { inputPerMTokens: 26668, outputPerMTokens: 204805 },
  }),
  chatModel({
    id: "@cf/meta/llama-4-scout-17b-16e-instruct",
    created: "2025-04-05",
    // Llama 4 Scout 17B (16 experts): multimodal, tool calling, 131K context.
    // The OpenAI models that take images: gpt-4o, gpt-4.1 and gpt-4-turbo all do, so they need a vision model.
    aliases: ["gpt-4o", "gpt-4.1", "gpt-4-turbo"],
    input: "prompt-messages-parts",
    capabilities: { tools: true, vision: true, jsonMode: true },
    limits: { contextWindow: 131000 },
    price: perMTokens(0.27, 0.85),
  }),
  chatModel({
    id: "@cf/meta/llama-guard-3-8b",
    created: "2025-01", // UNCONFIRMED month
    // Llama Guard 3 8B: classifies a conversation as safe or unsafe (with the violated category).
    limits: { contextWindow: 8000 }, // UNCONFIRMED
  }),
];
