import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("translate worker", () => {
  it("answers /health without a key", async () => {
    const res = await exports.default.fetch("http://w/health");
    expect(await res.json()).toEqual({ status: "ok", worker: "translate" });
  });

  it("lists translation models only", async () => {
    const res = await exports.default.fetch("http://w/v1/models?token=sk-local-dev");
    const { data } = (await res.json()) as { data: { id: string }[] };
    expect(data.map((m) => m.id)).toContain("@cf/meta/m2m100-1.2b");
    expect(data.every((m) => !m.id.includes("llama"))).toBe(true);
  });

  it("refuses a wrong token in DeepLX's shape on /translate", async () => {
    const res = await exports.default.fetch("http://w/translate?token=wrong", { method: "POST", body: "{}" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 401, message: "Incorrect API key provided." });
  });

  it("refuses a missing key in DeepL's shape and status (403) on /v2/translate", async () => {
    const res = await exports.default.fetch("http://w/v2/translate", { method: "POST", body: "{}" });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ message: expect.stringContaining("Missing API key") });
  });

  it("accepts the original guide's ?password= key", async () => {
    const res = await exports.default.fetch("http://w/v1/models?password=sk-local-dev");
    expect(res.status).toBe(200);
  });
});
