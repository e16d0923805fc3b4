import { badInput } from "../ai-error.ts";
import { hashString, seededRandom } from "../hash.ts";
import type { EmbeddingsModel } from "../model.ts";
import { jsonOutput, type Output } from "../output.ts";
import { missing, type Obj, readString, readStringList } from "../validate.ts";

/** No maxItems published (bge-m3): the emulator's own bound. */
const DEFAULT_BATCH = 100;
const QWEN3_INSTRUCTION = "Given a web search query, retrieve relevant passages that answer the query";

/**
 * Embeddings (reference §2.3). BGE style `{text, pooling?}` → `{shape, data, pooling}`; qwen3 style
 * `{queries?, documents?, text?, instruction?}` (queries first, then documents and text) → `{data, shape}`.
 * Vectors are unit length, `limits.dimensions` long, and hashed from the words of each text, so texts sharing
 * words come out similar; `cls` and `mean` pooling give unrelated vectors, as upstream.
 */
export function embeddings(model: EmbeddingsModel, inputs: Obj): Output {
  const dims = model.dimensions;
  const maxBatch = model.maxBatch ?? DEFAULT_BATCH;
  if (model.request === "qwen3") {
    const instruction = readString(inputs, "instruction") ?? QWEN3_INSTRUCTION;
    const queries = readStringList(inputs, "queries") ?? [];
    const documents = [...(readStringList(inputs, "documents") ?? []), ...(readStringList(inputs, "text") ?? [])];
    if (queries.length + documents.length === 0) throw missing("/", ["documents"]);
    if (queries.length) checkBatch("queries", queries, maxBatch);
    if (documents.length) checkBatch("documents", documents, maxBatch);
    const data = [
      ...queries.map((q) => embed(`${instruction}\n${q}`, dims, "query")),
      ...documents.map((d) => embed(d, dims, "doc")),
    ];
    return jsonOutput({ data, shape: [data.length, dims] });
  }
  const text = readStringList(inputs, "text");
  if (!text) throw missing("/", ["text"]);
  checkBatch("text", text, maxBatch);
  if (!model.pooling) {
    const data = text.map((t) => embed(t, dims, "mean"));
    return jsonOutput({ shape: [data.length, dims], data });
  }
  const pooling = readString(inputs, "pooling") ?? "mean";
  if (pooling !== "mean" && pooling !== "cls") throw badInput("'/pooling' must be one of 'mean', 'cls'");
  const data = text.map((t) => embed(t, dims, pooling));
  return jsonOutput({ shape: [data.length, dims], data, pooling });
}

function checkBatch(key: string, list: string[], max: number): void {
  if (list.length === 0) throw badInput(`Array at '/${key}' has fewer than 1 items`);
  if (list.length > max) throw badInput(`Array at '/${key}' has more than ${max} items`);
}

/** Feature hashing: each word adds ±1 at four positions; a little text-seeded noise keeps every vector distinct. */
export function embed(text: string, dims: number, space: string): number[] {
  const v = new Float64Array(dims);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let h = hashString(word, hashString(space));
    for (let k = 0; k < 4; k++) {
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      v[h % dims] = (v[h % dims] ?? 0) + (h & 0x10000 ? 1 : -1);
    }
  }
  const rand = seededRandom(hashString(text, hashString(space)));
  for (let i = 0; i < dims; i++) v[i] = (v[i] ?? 0) + (rand() - 0.5) * 0.1;
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return Array.from(v, (x) => Math.fround(x / norm));
}
