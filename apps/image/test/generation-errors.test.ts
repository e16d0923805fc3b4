import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ErrorBody, postJson } from "./helpers.ts";

// Spies are cleared, not restored: a spy made again after a restore is not always the one the worker calls.
afterEach(() => vi.clearAllMocks());

async function expectError(body: unknown, status: number, error: Partial<ErrorBody["error"]>) {
  const res = await postJson("/v1/images/generations", body);
  const json = (await res.json()) as ErrorBody;
  expect({ status: res.status, ...json.error }).toMatchObject({ status, ...error });
  return json.error;
}

const SD = "@cf/stabilityai/stable-diffusion-xl-base-1.0";

describe("POST /v1/images/generations refuses what it cannot do, naming the field", () => {
  it("refuses a missing prompt, an overlong prompt and an empty one", async () => {
    await expectError({ model: SD }, 400, { param: "prompt", message: "Missing required parameter: 'prompt'." });
    await expectError({ model: "dall-e-3", prompt: "x".repeat(2049) }, 400, {
      param: "prompt",
      code: "string_above_max_length",
    });
    await expectError({ model: SD, prompt: "x".repeat(4001) }, 400, { param: "prompt" });
    await expectError({ model: SD, prompt: "   " }, 400, { param: "prompt" });
  });

  it("refuses n outside 1–4", async () => {
    const e = await expectError({ model: SD, prompt: "x", n: 5 }, 400, { param: "n" });
    expect(e.message).toContain("at most 4");
    await expectError({ model: SD, prompt: "x", n: 0 }, 400, { param: "n" });
    await expectError({ model: SD, prompt: "x", n: 1.5 }, 400, { param: "n" });
  });

  it("refuses sizes the model cannot make", async () => {
    await expectError({ model: SD, prompt: "x", size: "big" }, 400, { param: "size" });
    await expectError({ model: SD, prompt: "x", size: "4096x4096" }, 400, { param: "size", code: "invalid_size" });
    await expectError({ model: SD, prompt: "x", size: "1000x1001" }, 400, { param: "size", code: "invalid_size" });
    const e = await expectError({ model: "dall-e-3", prompt: "x", size: "512x512" }, 400, { param: "size" });
    expect(e.message).toContain("1024x1024 images only");
  });

  it("accepts flux-1-schnell's one size and sends no size to it", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await postJson("/v1/images/generations", {
      model: "dall-e-3",
      prompt: "x",
      size: "1024x1024",
      quality: "hd",
      response_format: "b64_json",
    });
    expect(res.status).toBe(200);
    expect(run.mock.calls[0]?.[1]).toEqual({ prompt: "x", steps: 8 });
  });

  it("refuses fields the model cannot honour instead of dropping them", async () => {
    await expectError({ model: "dall-e-3", prompt: "x", seed: 1 }, 400, {
      param: "seed",
      code: "unsupported_parameter",
    });
    await expectError({ model: "dall-e-3", prompt: "x", negative_prompt: "y" }, 400, { param: "negative_prompt" });
    await expectError({ model: "dall-e-3", prompt: "x", guidance: 3 }, 400, { param: "guidance" });
    await expectError({ model: SD, prompt: "x", steps: 21 }, 400, { param: "steps" });
    await expectError({ model: SD, prompt: "x", output_format: "jpeg" }, 400, { param: "output_format" });
    await expectError({ model: SD, prompt: "x", partial_images: 2 }, 400, {
      param: "partial_images",
      message: "Unrecognized request argument supplied: 'partial_images'.",
    });
    await expectError({ model: SD, prompt: "x", response_format: "png" }, 400, { param: "response_format" });
  });

  it("refuses the SD 1.5 edit models without a source image (Workers AI would fail with 3030)", async () => {
    const img2img = "@cf/runwayml/stable-diffusion-v1-5-img2img";
    await expectError({ model: img2img, prompt: "x" }, 400, { param: "model", code: "unsupported_parameter" });
  });

  it("refuses unknown and non-image models, never falling back", async () => {
    await expectError({ model: "dall-e-9", prompt: "x" }, 404, { param: "model", code: "model_not_found" });
    await expectError({ model: "gpt-4o-mini", prompt: "x" }, 400, { param: "model", code: "model_not_supported" });
  });

  it("maps quality to steps within each model's cap", async () => {
    const run = vi.spyOn(env.AI, "run");
    const ask = (quality: string) =>
      postJson("/v1/images/generations", {
        model: SD,
        prompt: "x",
        quality,
        size: "256x256",
        response_format: "b64_json",
      });
    for (const q of ["low", "standard", "hd"]) expect((await ask(q)).status).toBe(200);
    expect(run.mock.calls.map((c) => (c[1] as { num_steps: number }).num_steps)).toEqual([10, 20, 20]);
  });

  it("sends the extensions to SD models, and OpenAI's default model when none is named", async () => {
    const run = vi.spyOn(env.AI, "run");
    await postJson("/v1/images/generations", {
      prompt: "x",
      negative_prompt: "blur",
      guidance: 5,
      seed: 3,
      size: "512x256",
      response_format: "b64_json",
    });
    expect(run.mock.calls[0]?.[0]).toBe("@cf/bytedance/stable-diffusion-xl-lightning");
    expect(run.mock.calls[0]?.[1]).toEqual({
      prompt: "x",
      negative_prompt: "blur",
      width: 512,
      height: 256,
      num_steps: 8,
      guidance: 5,
      seed: 3,
    });
  });

  it("maps Workers AI failures: capacity is a 429 with Retry-After, bad input a 400", async () => {
    const res = await postJson("/v1/images/generations", { model: SD, prompt: "x #fault:3040", size: "256x256" });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    await expectError({ model: SD, prompt: "x #fault:8007", size: "256x256" }, 400, {
      code: "content_policy_violation",
    });
  });

  it("refuses a non-JSON body clearly", async () => {
    const res = await postJson("/v1/images/generations", undefined);
    expect(res.status).toBe(400);
  });
});
