import type { Model } from "@wai/catalog";
import { type AiClient, ApiError, mapLimited } from "@wai/core";
import { asRunInputs, type EmbeddingInputs } from "../upstream-inputs.ts";

/** Batches in flight at once: enough for 2,048 inputs, few enough for Workers AI's rate limits. */
const CONCURRENCY = 4;

/**
 * Embeds `texts`, split into calls of at most the model's batch size (100 for BGE, 32 for qwen3 and bge-m3),
 * and returns the vectors in input order. BGE takes `{text}`; qwen3's `text` is an alias of `documents`.
 * Output is `{shape, data}` (bge-m3's contexts form answers `response`, handled too).
 */
export async function embedInBatches(ai: AiClient, model: Model, texts: string[]): Promise<number[][]> {
  const size = model.limits.maxBatch ?? 100;
  const batches: string[][] = [];
  for (let i = 0; i < texts.length; i += size) batches.push(texts.slice(i, i + size));
  const embed = async (batch: string[]) => {
    const inputs: EmbeddingInputs = { text: batch };
    return vectorsOf(model, await ai.run(model.id, asRunInputs(inputs)), batch.length);
  };
  return (await mapLimited(batches, CONCURRENCY, embed)).flat();
}

function vectorsOf(model: Model, output: unknown, expected: number): number[][] {
  const out = (output ?? {}) as { data?: unknown; response?: unknown };
  const data = Array.isArray(out.data) ? out.data : out.response;
  if (!Array.isArray(data) || data.length !== expected || !data.every(Array.isArray)) {
    console.error("chat-embed: unexpected embeddings output", model.id, JSON.stringify(output)?.slice(0, 300));
    throw new ApiError({
      status: 502,
      type: "upstream_error",
      code: "upstream_error",
      message: `Workers AI answered \`${model.id}\` with ${Array.isArray(data) ? data.length : "no"} vectors for ${expected} inputs.`,
    });
  }
  return data as number[][];
}
