import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, type ErrorBody, postJson, TINY_PNG } from "./helpers.ts";

// Spies are cleared, not restored: a spy made again after a restore is not always the one the worker calls.
afterEach(() => vi.clearAllMocks());

const FLUX2 = "@cf/black-forest-labs/flux-2-dev";
const KLEIN = "@cf/black-forest-labs/flux-2-klein-4b";
const PHOENIX = "@cf/leonardo/phoenix-1.0";
const LUCID = "@cf/leonardo/lucid-origin";
const SCHNELL = "@cf/black-forest-labs/flux-1-schnell";

async function expectError(res: Response, status: number, error: Partial<ErrorBody["error"]>) {
  const json = (await res.json()) as ErrorBody;
  expect({ status: res.status, ...json.error }).toMatchObject({ status, ...error });
  return json.error;
}

const generate = (body: Record<string, unknown>) =>
  postJson("/v1/images/generations", { prompt: "a lighthouse", response_format: "b64_json", ...body });
const chat = (body: Record<string, unknown>) =>
  postJson("/v1/chat/completions", { messages: [{ role: "user", content: "a lighthouse" }], ...body });
const editForm = (fields: Record<string, string>) => {
  const form = new FormData();
  form.set("image", new Blob([TINY_PNG], { type: "image/png" }), "image.png");
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return call("/v1/images/edits", { method: "POST", body: form });
};

/**
 * Answers the next Workers AI call itself (once: spies here are cleared, not restored), keeping the fields of the
 * FLUX.2 multipart form it was sent; the emulator would consume the form's stream.
 */
function captureFlux2Form(): Record<string, string> {
  const fields: Record<string, string> = {};
  vi.spyOn(env.AI, "run").mockImplementationOnce(async (_model, inputs) => {
    const { body, contentType } = (inputs as { multipart: { body: ReadableStream; contentType: string } }).multipart;
    const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
    return { image: btoa(String.fromCharCode(...TINY_PNG)) };
  });
  return fields;
}

describe("FLUX.2 sizes: 256–1920 a side (Cloudflare changelog 2025-11-25)", () => {
  it("sends 1920x1920 and refuses 2048x2048 with a 400 naming size, on every route", async () => {
    const fields = captureFlux2Form();
    expect((await generate({ model: FLUX2, size: "1920x1920" })).status).toBe(200);
    expect(fields).toMatchObject({ width: "1920", height: "1920" });
    const run = vi.spyOn(env.AI, "run");
    const e = await expectError(await generate({ model: KLEIN, size: "2048x2048" }), 400, {
      param: "size",
      code: "invalid_size",
    });
    expect(e.message).toContain("from 256 to 1920");
    await expectError(await editForm({ model: FLUX2, prompt: "x", size: "2048x1024" }), 400, { param: "size" });
    await expectError(await chat({ model: FLUX2, size: "1024x2000" }), 400, { param: "size" });
    await expectError(await generate({ model: FLUX2, size: "128x512" }), 400, { param: "size" });
    expect(run).toHaveBeenCalledTimes(1); // the 1920x1920 one
  });

  it("refuses a negative prompt (FLUX.2 has none)", async () => {
    await expectError(await generate({ model: FLUX2, negative_prompt: "blur" }), 400, {
      param: "negative_prompt",
      code: "unsupported_parameter",
    });
  });
});

describe("leonardo phoenix-1.0: guidance 2–10, a non-empty negative_prompt (phoenix-1.0.json)", () => {
  it("sends guidance in range and the negative prompt", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await generate({ model: PHOENIX, size: "512x512", guidance: 2, negative_prompt: "blur", seed: 4 });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gateway-notes")).toBeNull();
    expect(run.mock.calls[0]?.[1]).toEqual({
      prompt: "a lighthouse",
      negative_prompt: "blur",
      width: 512,
      height: 512,
      num_steps: 25,
      guidance: 2,
      seed: 4,
    });
  });

  it("refuses guidance below 2 or above 10 with a 400 naming guidance, on every route", async () => {
    const run = vi.spyOn(env.AI, "run");
    const low = await expectError(await generate({ model: PHOENIX, guidance: 1.5 }), 400, {
      param: "guidance",
      code: "decimal_below_min_value",
    });
    expect(low.message).toContain("from 2 to 10");
    await expectError(await generate({ model: PHOENIX, guidance: 10.5 }), 400, {
      param: "guidance",
      code: "decimal_above_max_value",
    });
    await expectError(await chat({ model: PHOENIX, guidance: 0 }), 400, { param: "guidance" });
    expect(run).not.toHaveBeenCalled();
  });

  it("sends no empty negative_prompt, and says so in x-gateway-notes", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await generate({ model: PHOENIX, size: "256x256", negative_prompt: "  " });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gateway-notes")).toBe("negative_prompt: empty, so none was sent");
    expect(Object.keys(run.mock.calls[0]?.[1] ?? {})).not.toContain("negative_prompt");
    const viaChat = await chat({ model: PHOENIX, size: "256x256", negative_prompt: "" });
    expect(viaChat.status).toBe(200);
    expect(viaChat.headers.get("x-gateway-notes")).toBe("negative_prompt: empty, so none was sent");
    expect(Object.keys(run.mock.calls[1]?.[1] ?? {})).not.toContain("negative_prompt");
  });
});

describe("leonardo lucid-origin: no negative_prompt, guidance 0–10 (lucid-origin.json)", () => {
  it("refuses a negative prompt with a 400 naming it, on every route", async () => {
    const run = vi.spyOn(env.AI, "run");
    await expectError(await generate({ model: LUCID, negative_prompt: "blur" }), 400, {
      param: "negative_prompt",
      code: "unsupported_parameter",
    });
    await expectError(await chat({ model: LUCID, negative_prompt: "blur" }), 400, { param: "negative_prompt" });
    await expectError(await generate({ model: LUCID, guidance: 11 }), 400, { param: "guidance" });
    expect(run).not.toHaveBeenCalled();
  });

  it("sends only its published fields", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await generate({ model: LUCID, size: "512x512", guidance: 4.5, seed: 9, negative_prompt: "" });
    expect(res.status).toBe(200);
    expect(run.mock.calls[0]?.[1]).toEqual({
      prompt: "a lighthouse",
      width: 512,
      height: 512,
      num_steps: 20,
      guidance: 4.5,
      seed: 9,
    });
  });
});

describe("flux-1-schnell: no seed, so each call draws its own picture", () => {
  it("sends n calls of {prompt, steps} only, with no seed to tell them apart", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await generate({ model: SCHNELL, n: 2 });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(2);
    expect(run.mock.calls.map((c) => c[1])).toEqual([
      { prompt: "a lighthouse", steps: 4 },
      { prompt: "a lighthouse", steps: 4 },
    ]);
  });

  it("refuses seed, size, guidance and negative_prompt on every route", async () => {
    await expectError(await generate({ model: SCHNELL, seed: 1 }), 400, { param: "seed" });
    await expectError(await chat({ model: SCHNELL, seed: 1 }), 400, { param: "seed" });
    await expectError(await chat({ model: SCHNELL, size: "512x512" }), 400, { param: "size" });
    await expectError(await chat({ model: SCHNELL, guidance: 3 }), 400, { param: "guidance" });
    await expectError(await chat({ model: SCHNELL, negative_prompt: "x" }), 400, { param: "negative_prompt" });
  });
});
