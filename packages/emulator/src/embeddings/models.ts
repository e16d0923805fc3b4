import type { EmbeddingsModel } from "../model.ts";

// Sources: `AiModels` (input and output types) and the reference doc §2.3 (the model JSONs' `maxItems`).
export const EMBEDDINGS_MODELS: readonly EmbeddingsModel[] = [
  {
    id: "@cf/baai/bge-small-en-v1.5",
    source: "AiModels: Ai_Cf_Baai_Bge_Small_En_V1_5_Input; bge-small-en-v1.5.json (384 dims, 100 items)",
    task: "embeddings",
    request: "text",
    pooling: true,
    dimensions: 384,
    maxBatch: 100,
  },
  {
    id: "@cf/baai/bge-base-en-v1.5",
    source: "AiModels: Ai_Cf_Baai_Bge_Base_En_V1_5_Input; bge-base-en-v1.5.json (768 dims, 100 items)",
    task: "embeddings",
    request: "text",
    pooling: true,
    dimensions: 768,
    maxBatch: 100,
  },
  {
    id: "@cf/baai/bge-large-en-v1.5",
    source: "AiModels: Ai_Cf_Baai_Bge_Large_En_V1_5_Input; bge-large-en-v1.5.json (1024 dims, 100 items)",
    task: "embeddings",
    request: "text",
    pooling: true,
    dimensions: 1024,
    maxBatch: 100,
  },
  {
    id: "@cf/baai/bge-m3",
    // The `{text, truncate_inputs?}` form (no pooling field). Dimensions from the model card; no maxItems read.
    source: "AiModels: Ai_Cf_Baai_Bge_M3_Input_Embedding; dimensions: model card (UNCONFIRMED on Workers AI)",
    task: "embeddings",
    request: "text",
    pooling: false,
    dimensions: 1024,
  },
  {
    id: "@cf/google/embeddinggemma-300m",
    source: "AiModels: BaseAiTextEmbeddings ({text} → {shape, data}); embeddinggemma-300m.json (100 items)",
    task: "embeddings",
    request: "text",
    pooling: false,
    dimensions: 768, // model card (UNCONFIRMED on Workers AI)
    maxBatch: 100,
  },
  {
    id: "@cf/qwen/qwen3-embedding-0.6b",
    source: "AiModels: Ai_Cf_Qwen_Qwen3_Embedding_0_6B_Input; qwen3-embedding-0.6b.json (32 items)",
    task: "embeddings",
    request: "qwen3",
    pooling: false,
    dimensions: 1024, // model card (UNCONFIRMED on Workers AI)
    maxBatch: 32,
  },
];
