import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("image worker", () => {
  it("answers /health without a key", async () => {
    const res = await exports.default.fetch("http://w/health");
    expect(await res.json()).toEqual({ status: "ok", worker: "image" });
  });

  it("lists image models only", async () => {
    const res = await exports.default.fetch("http://w/models", { headers: { "x-api-key": "sk-local-dev" } });
    const { data } = (await res.json()) as { data: { id: string }[] };
    const ids = data.map((m) => m.id);
    expect(ids).toContain("@cf/black-forest-labs/flux-1-schnell");
    expect(ids).toContain("@cf/runwayml/stable-diffusion-v1-5-inpainting");
    expect(ids).not.toContain("@cf/meta/llama-3.1-8b-instruct-fast");
  });

  it("has its R2 bucket bound locally", async () => {
    await env.IMAGES.put("probe", "x");
    expect(await (await env.IMAGES.get("probe"))?.text()).toBe("x");
  });
});
