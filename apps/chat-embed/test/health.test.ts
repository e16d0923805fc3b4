import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const KEY = { authorization: "Bearer sk-local-dev" };

describe("chat-embed worker", () => {
  it("answers /health without a key, with CORS", async () => {
    const res = await exports.default.fetch("http://w/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", worker: "chat-embed" });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("lists its own models only: chat and embeddings", async () => {
    const res = await exports.default.fetch("http://w/v1/models", { headers: KEY });
    const { data } = (await res.json()) as { data: { id: string }[] };
    const ids = data.map((m) => m.id);
    expect(ids).toContain("@cf/meta/llama-3.1-8b-instruct-fast");
    expect(ids).toContain("@cf/baai/bge-base-en-v1.5");
    expect(ids).not.toContain("@cf/black-forest-labs/flux-1-schnell");
    expect(ids).not.toContain("@cf/openai/whisper");
  });

  it("reaches the emulator through the AI binding", async () => {
    const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct-fast", { prompt: "hi" });
    expect(out).toMatchObject({ response: expect.stringContaining("[emulated") });
  });

  it("refuses a wrong key with 401 in OpenAI's shape", async () => {
    const res = await exports.default.fetch("http://w/v1/models", { headers: { authorization: "Bearer nope" } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_api_key" } });
  });
});
