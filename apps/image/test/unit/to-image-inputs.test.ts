import { describe, expect, it } from "vitest";
import { toImageInputs } from "../../src/upstream/to-image-inputs.ts";
import { FLUX2, IMG2IMG, PHOENIX, SCHNELL } from "./models.ts";

const plan = { size: { width: 512, height: 768 }, steps: 12 };

describe("toImageInputs", () => {
  it("gives the SD family num_steps, and its source image as byte values (Cloudflare's img2img example)", () => {
    const req = { prompt: "p", n: 1, negative_prompt: "n", guidance: 6, strength: 0.4, image: Uint8Array.of(1, 2) };
    expect(toImageInputs(IMG2IMG, req, plan, 9)).toEqual({
      prompt: "p",
      negative_prompt: "n",
      width: 512,
      height: 768,
      num_steps: 12,
      guidance: 6,
      seed: 9,
      image: [1, 2],
      strength: 0.4,
    });
  });

  it("gives flux-1-schnell only prompt and steps (it refuses any other key with 5006)", () => {
    expect(toImageInputs(SCHNELL, { prompt: "p", n: 1 }, { size: undefined, steps: 4 }, undefined)).toEqual({
      prompt: "p",
      steps: 4,
    });
  });

  it("gives Leonardo models num_steps, without SD's image fields", () => {
    expect(toImageInputs(PHOENIX, { prompt: "p", n: 1 }, plan, 1)).toEqual({
      prompt: "p",
      width: 512,
      height: 768,
      num_steps: 12,
      seed: 1,
    });
  });

  it("gives FLUX.2 multipart form data, with the source image as input_image_0", async () => {
    const inputs = toImageInputs(FLUX2, { prompt: "p", n: 1, guidance: 3, image: Uint8Array.of(7) }, plan, 5);
    const { body, contentType } = (inputs as { multipart: { body: ReadableStream; contentType: string } }).multipart;
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    expect(Object.fromEntries([...form].filter(([, v]) => typeof v === "string"))).toEqual({
      prompt: "p",
      width: "512",
      height: "768",
      steps: "12",
      seed: "5",
      guidance: "3",
    });
    const image = form.get("input_image_0") as File;
    expect([...new Uint8Array(await image.arrayBuffer())]).toEqual([7]);
  });
});
