import { aliasesFromEnv, requireModel } from "@wai/catalog";
import { aiClientFor, type GatewayRequest, parseInput, readJson } from "@wai/core";
import { checkDimensions } from "../embeddings/check-dimensions.ts";
import { embedInBatches } from "../embeddings/embed-in-batches.ts";
import { toEmbeddingResponse } from "../embeddings/to-embedding-response.ts";
import { toTexts } from "../embeddings/to-texts.ts";
import type { Env } from "../env.ts";
import { EmbeddingCreateParams } from "../schemas/embedding-create-params.ts";

/** `POST /v1/embeddings`: strings in, float or base64 vectors out, in input order. */
export async function createEmbedding(request: GatewayRequest, env: Env): Promise<Response> {
  const params = parseInput(EmbeddingCreateParams, await readJson(request));
  const texts = toTexts(params.input);
  const model = requireModel(params.model, {
    aliases: aliasesFromEnv(env),
    worker: "chat-embed",
    task: "text-embeddings",
  });
  checkDimensions(model, params.dimensions);
  const vectors = await embedInBatches(aiClientFor(request, env), model, texts);
  const body = toEmbeddingResponse(vectors, texts, {
    model: params.model,
    base64: params.encoding_format === "base64",
  });
  return new Response(body, { headers: { "content-type": "application/json" } });
}
