import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { postJson } from "./helpers.ts";

const vars = env as { MODEL_FALLBACKS?: string };
afterEach(() => {
  vars.MODEL_FALLBACKS = undefined;
  vi.restoreAllMocks();
});

describe("MODEL_FALLBACKS on the image routes", () => {
  it("climbs from an image model out of capacity to the next one, naming it", async () => {
    vars.MODEL_FALLBACKS = '{"dall-e-2": ["dall-e-3"]}';
    const run = vi.spyOn(env.AI, "run");
    run.mockRejectedValueOnce(new Error("3040: Capacity temporarily exceeded, please try again."));
    const res = await postJson("/v1/images/generations", {
      model: "dall-e-2",
      prompt: "a red fox",
      response_format: "b64_json",
    });
    expect(res.status).toBe(200);
    expect(run.mock.calls.map((call) => call[0])).toEqual([
      "@cf/bytedance/stable-diffusion-xl-lightning",
      "@cf/black-forest-labs/flux-1-schnell",
    ]);
    expect(res.headers.get("x-gateway-notes")).toContain("fallback: served by `@cf/black-forest-labs/flux-1-schnell`");
  });

  it("does not climb on the daily allocation (4006)", async () => {
    vars.MODEL_FALLBACKS = '{"dall-e-2": ["dall-e-3"]}';
    const run = vi.spyOn(env.AI, "run");
    run.mockRejectedValueOnce(new Error("4006: you have used up your daily free allocation of 10,000 neurons"));
    const res = await postJson("/v1/images/generations", {
      model: "dall-e-2",
      prompt: "a red fox",
      response_format: "b64_json",
    });
    expect(res.status).toBe(429);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
