import { estimateTokens } from "@wai/core";
import { toBase64Float32 } from "./to-base64-float32.ts";

/**
 * `CreateEmbeddingResponse` as JSON text (reference §4.4). Workers AI reports no usage for embeddings, so
 * `prompt_tokens` is counted from the inputs. Vectors are serialized once, straight into the body.
 */
export function toEmbeddingResponse(
  vectors: number[][],
  texts: string[],
  options: { model: string; base64: boolean },
): string {
  let tokens = 0;
  for (const text of texts) tokens += estimateTokens(text);
  const data = vectors.map((vector, index) => ({
    object: "embedding",
    index,
    embedding: options.base64 ? toBase64Float32(vector) : vector,
  }));
  return JSON.stringify({
    object: "list",
    data,
    model: options.model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}
