import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("chat-embed worker", () => {
  it("answers /health without a key", async () => {
    const res = await exports.default.fetch("http://w/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", worker: "chat-embed" });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
  it("reaches the emulator through the AI binding", async () => {
    const out = await (env as any).AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "hi" });
    expect(out).toMatchObject({ response: expect.stringContaining("[emulated") });
  });
  it("refuses a wrong key with 401 in OpenAI's shape", async () => {
    const res = await exports.default.fetch("http://w/v1/models", { headers: { authorization: "Bearer nope" } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_api_key" } });
  });
});
