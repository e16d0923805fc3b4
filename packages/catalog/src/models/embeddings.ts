import type { Model } from "../model.ts";
import { defineModel, type ModelSpec } from "./define-model.ts";
import { perMTokens } from "./price.ts";

type EmbeddingSpec = Omit<ModelSpec, "task" | "input" | "output"> & Partial<Pick<ModelSpec, "input">>;
const embedding = (spec: EmbeddingSpec): Model =>
  defineModel({ task: "text-embeddings", input: "embedding-text", output: "embedding", ...spec });

// Aliases: OpenAI's three models map by role. ada-002 and 3-large are English-first and map to the English BGE
// models of matching size; text-embedding-3-small is multilingual with 8K-token inputs, and so is bge-m3
// (bge-small-en would be a poor stand-in: English only, 512 tokens, 384 dimensions).
// None of these outputs reports token usage.
export const EMBEDDING_MODELS: readonly Model[] = [
  embedding({
    id: "@cf/baai/bge-small-en-v1.5",
    created: "2023-11",
    // BAAI BGE small (English), 384 dimensions. Pooling `mean` (default) or `cls`: never mix them.
    fromOriginalGuide: true,
    limits: { dimensions: 384, maxBatch: 100, maxInputTokens: 512 },
    price: { inputPerMTokens: 1841 },
  }),
  embedding({
    id: "@cf/baai/bge-base-en-v1.5",
    created: "2023-09-27",
    // BAAI BGE base (English), 768 dimensions. Pooling `mean` (default) or `cls`: never mix them.
    aliases: ["text-embedding-ada-002"],
    fromOriginalGuide: true,
    limits: { dimensions: 768, maxBatch: 100, maxInputTokens: 512 },
    price: { inputPerMTokens: 6058 },
  }),
  embedding({
    id: "@cf/baai/bge-large-en-v1.5",
    created: "2023-11",
    // BAAI BGE large (English), 1024 dimensions. Pooling `mean` (default) or `cls`: never mix them.
    aliases: ["text-embedding-3-large"],
    fromOriginalGuide: true,
    limits: { dimensions: 1024, maxBatch: 100, maxInputTokens: 512 },
    price: { inputPerMTokens: 18582 },
  }),
  embedding({
    id: "@cf/baai/bge-m3",
    created: "2025-03-17",
    // BAAI BGE M3: multilingual (100+ languages), long inputs, 1024 dimensions.
    aliases: ["text-embedding-3-small"],
    // UNCONFIRMED on Workers AI: dimensions and input length from the model card; batch size kept small.
    limits: { dimensions: 1024, maxBatch: 32, maxInputTokens: 8192 },
    price: perMTokens(0.012), // UNCONFIRMED
  }),
  embedding({
    id: "@cf/google/embeddinggemma-300m",
    created: "2025-09-05",
    // EmbeddingGemma 300M: multilingual embeddings, 768 dimensions.
    // UNCONFIRMED on Workers AI: dimensions and input length from the model card.
    limits: { dimensions: 768, maxBatch: 100, maxInputTokens: 2048 },
  }),
  embedding({
    id: "@cf/qwen/qwen3-embedding-0.6b",
    created: "2025-10", // UNCONFIRMED month
    // Qwen3 Embedding 0.6B: multilingual; takes `queries` / `documents` and an `instruction`.
    input: "embedding-qwen3",
    // Dimensions UNCONFIRMED on Workers AI (model card: 1024); input length UNCONFIRMED (model card: 32K).
    limits: { dimensions: 1024, maxBatch: 32, maxInputTokens: 8192 },
    price: perMTokens(0.012),
  }),
];
