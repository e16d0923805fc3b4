import { describe, expect, it } from "vitest";
import { post, spyOnAiRun } from "./helpers.ts";

const ai = spyOnAiRun();

async function embed(body: Record<string, unknown>) {
  const res = await post("/v1/embeddings", body);
  return { res, json: (await res.json()) as any };
}

function decode(base64: string): number[] {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  return Array.from({ length: bytes.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
}

describe("POST /v1/embeddings", () => {
  it("answers floats by default, in OpenAI's shape, with counted usage", async () => {
    const { res, json } = await embed({ model: "text-embedding-ada-002", input: "The quick brown fox" });
    expect(res.status).toBe(200);
    expect(json).toMatchObject({
      object: "list",
      model: "@cf/baai/bge-base-en-v1.5",
      data: [{ object: "embedding", index: 0 }],
    });
    expect(json.data[0].embedding).toHaveLength(768);
    expect(typeof json.data[0].embedding[0]).toBe("number");
    expect(json.usage.prompt_tokens).toBeGreaterThan(0);
    expect(json.usage.total_tokens).toBe(json.usage.prompt_tokens);
    expect(ai.run.mock.calls[0]?.[1]).toEqual({ text: ["The quick brown fox"] });
  });

  it("answers base64 little-endian float32 that decodes to the float answer", async () => {
    const input = ["alpha", "beta"];
    const { json: floats } = await embed({ model: "@cf/baai/bge-small-en-v1.5", input, encoding_format: "float" });
    const { json: packed } = await embed({ model: "@cf/baai/bge-small-en-v1.5", input, encoding_format: "base64" });
    expect(typeof packed.data[1].embedding).toBe("string");
    const decoded = decode(packed.data[1].embedding);
    expect(decoded).toHaveLength(384);
    for (const [i, x] of decoded.entries()) expect(x).toBeCloseTo(floats.data[1].embedding[i], 6);
  });

  it("splits inputs beyond the model's batch size and keeps their order", async () => {
    const input = Array.from({ length: 250 }, (_, i) => `text number ${i}`);
    const { json } = await embed({ model: "@cf/baai/bge-base-en-v1.5", input });
    expect(ai.run.mock.calls.map((c) => (c[1] as { text: string[] }).text.length)).toEqual([100, 100, 50]);
    expect(json.data.map((d: any) => d.index)).toEqual(input.map((_, i) => i));
    const { json: single } = await embed({ model: "@cf/baai/bge-base-en-v1.5", input: "text number 173" });
    expect(json.data[173].embedding).toEqual(single.data[0].embedding);
  });

  it("embeds with qwen3 (32 a call) through its text alias", async () => {
    const input = Array.from({ length: 40 }, (_, i) => `doc ${i}`);
    const { json } = await embed({ model: "@cf/qwen/qwen3-embedding-0.6b", input });
    expect(json.data).toHaveLength(40);
    expect(ai.run.mock.calls.map((c) => (c[1] as { text: string[] }).text.length)).toEqual([32, 8]);
  });

  it("accepts dimensions equal to the model's size and refuses any other by name", async () => {
    expect((await embed({ model: "@cf/baai/bge-small-en-v1.5", input: "x", dimensions: 384 })).res.status).toBe(200);
    const { res, json } = await embed({ model: "@cf/baai/bge-small-en-v1.5", input: "x", dimensions: 256 });
    expect(res.status).toBe(400);
    expect(json.error).toMatchObject({ param: "dimensions", code: "unsupported_parameter" });
  });

  it("refuses token-id inputs and empty strings with a 400 naming the item", async () => {
    const tokens = await embed({ model: "text-embedding-ada-002", input: [[1, 2, 3]] });
    expect(tokens.res.status).toBe(400);
    expect(tokens.json.error).toMatchObject({ param: "input.0", code: "unsupported_parameter" });
    const empty = await embed({ model: "text-embedding-ada-002", input: ["ok", ""] });
    expect(empty.json.error).toMatchObject({ param: "input.1" });
    const none = await embed({ model: "text-embedding-ada-002", input: [] });
    expect(none.json.error).toMatchObject({ param: "input" });
    const format = await embed({ model: "text-embedding-ada-002", input: "x", encoding_format: "int8" });
    expect(format.json.error).toMatchObject({ param: "encoding_format" });
  });

  it("maps an upstream failure (3040) to a 429", async () => {
    const { res } = await embed({ model: "text-embedding-ada-002", input: "#fault:3040" });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeTruthy();
  });
});

describe("response shape", () => {
  it("matches OpenAI's CreateEmbeddingResponse, base64 of little-endian float32", async () => {
    // Workers AI's wire answer for bge: {shape, data, pooling}.
    ai.run.mockResolvedValueOnce({ shape: [1, 3], data: [[0.5, -0.25, 1]], pooling: "mean" });
    const { json } = await embed({ model: "text-embedding-ada-002", input: "hello world", encoding_format: "base64" });
    expect(json).toEqual({
      object: "list",
      data: [{ object: "embedding", index: 0, embedding: "AAAAPwAAgL4AAIA/" }],
      model: "@cf/baai/bge-base-en-v1.5",
      usage: { prompt_tokens: 3, total_tokens: 3 },
    });
  });
});
