import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";
import {
  aiClientFor,
  type GatewayRequest,
  modelsFor,
  parseInput,
  readJson,
  serveWithFallbacks,
  withGatewayNotes,
} from "@wai/core";
import { checkDimensions } from "../embeddings/check-dimensions.ts";
import { embedInBatches } from "../embeddings/embed-in-batches.ts";
import { toEmbeddingResponse } from "../embeddings/to-embedding-response.ts";
import { toTexts } from "../embeddings/to-texts.ts";
import type { Env } from "../env.ts";
import { EmbeddingCreateParams } from "../schemas/embedding-create-params.ts";

const EMBEDDINGS_ROUTE = {
  catalog: CHAT_EMBED_CATALOG,
  worker: "chat-embed",
  task: "text-embeddings",
  passThrough: "text-embeddings",
} as const;

/**
 * `POST /v1/embeddings`: strings in, float or base64 vectors out, in input order; the reply's `model` is the
 * Workers AI id that served them (a ladder only ever holds models of the same vector size, or the client's
 * `dimensions` check refuses the step).
 */
export async function createEmbedding(request: GatewayRequest, env: Env): Promise<Response> {
  const params = parseInput(EmbeddingCreateParams, await readJson(request));
  const texts = toTexts(params.input);
  const resolved = modelsFor(params.model, env, EMBEDDINGS_ROUTE);
  const ai = aiClientFor(request, env);
  const served = await serveWithFallbacks(resolved, async (model) => {
    checkDimensions(model, params.dimensions);
    return embedInBatches(ai, model, texts);
  });
  const body = toEmbeddingResponse(served.value, texts, {
    model: served.model.id,
    base64: params.encoding_format === "base64",
  });
  return withGatewayNotes(new Response(body, { headers: { "content-type": "application/json" } }), served.notes);
}
