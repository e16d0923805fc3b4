import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("whisper worker", () => {
  it("answers /health without a key", async () => {
    const res = await exports.default.fetch("http://w/health");
    expect(await res.json()).toEqual({ status: "ok", worker: "whisper" });
  });

  it("lists speech models only", async () => {
    const res = await exports.default.fetch("http://w/v1/v1/models?key=sk-local-dev");
    const { data } = (await res.json()) as { data: { id: string }[] };
    const ids = data.map((m) => m.id);
    expect(ids).toContain("@cf/openai/whisper-large-v3-turbo");
    expect(ids).toContain("@cf/myshell-ai/melotts");
    expect(ids).not.toContain("@cf/meta/m2m100-1.2b");
  });

  it("answers an unknown path 404 in OpenAI's envelope", async () => {
    const res = await exports.default.fetch("http://w/v1/audio/nothing", {
      method: "POST",
      headers: { authorization: "Bearer sk-local-dev" },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error", code: "unknown_url" } });
  });
});
