import type { Model } from "../model.ts";
import { defineModel } from "./define-model.ts";
import { retired2026 } from "./retirements.ts";

// Image in, description out: `{image: number[], prompt}` → `{description}` (reference §2.2). Served as chat.
export const IMAGE_TO_TEXT_MODELS: readonly Model[] = [
  defineModel({
    id: "@cf/llava-hf/llava-1.5-7b-hf",
    task: "image-to-text",
    created: "2024-02", // UNCONFIRMED month
    // LLaVA 1.5 7B: answers a prompt about one image.
    input: "image-to-text",
    output: "description",
    capabilities: { vision: true },
    // Its own default is 512; the context window is UNCONFIRMED (LLaVA 1.5's is 4K).
    limits: { contextWindow: 4096, defaultMaxTokens: 1024 },
  }),
  defineModel({
    id: "@cf/unum/uform-gen2-qwen-500m",
    task: "image-to-text",
    created: "2024-02", // UNCONFIRMED month
    // UForm-Gen2 (Qwen 500M): small captioning model. Rejects `temperature`.
    input: "image-to-text",
    output: "description",
    capabilities: { vision: true },
    limits: { defaultMaxTokens: 512 },
    retired: retired2026("@cf/llava-hf/llava-1.5-7b-hf"),
  }),
];
