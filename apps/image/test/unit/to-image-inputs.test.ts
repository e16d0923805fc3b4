import { describe, expect, it } from "vitest";
import { toImageInputs } from "../../src/upstream/to-image-inputs.ts";
import { FLUX2, IMG2IMG, KLEIN, LUCID, PHOENIX, SCHNELL } from "./models.ts";

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

  it("gives phoenix its negative prompt and guidance (phoenix-1.0.json)", () => {
    const req = { prompt: "p", n: 1, negative_prompt: "blur", guidance: 4 };
    expect(toImageInputs(PHOENIX, req, { size: undefined, steps: 25 }, 2)).toEqual({
      prompt: "p",
      negative_prompt: "blur",
      num_steps: 25,
      guidance: 4,
      seed: 2,
    });
  });

  it("never gives lucid-origin a negative_prompt key (its published type has none)", () => {
    const input = toImageInputs(LUCID, { prompt: "p", n: 1, guidance: 4.5 }, plan, 3);
    expect(input).toEqual({ prompt: "p", width: 512, height: 768, num_steps: 12, guidance: 4.5, seed: 3 });
    expect(Object.keys(input)).not.toContain("negative_prompt");
  });

  it("leaves unset fields out rather than sending them as undefined", () => {
    const input = toImageInputs(SCHNELL, { prompt: "p", n: 1 }, { size: undefined, steps: undefined }, undefined);
    expect(Object.keys(input)).toEqual(["prompt"]);
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

  it("leaves unset fields out of FLUX.2 klein's form (no steps: it runs a fixed 4)", async () => {
    const inputs = toImageInputs(KLEIN, { prompt: "p", n: 1 }, { size: undefined, steps: undefined }, 8);
    const { body, contentType } = (inputs as { multipart: { body: ReadableStream; contentType: string } }).multipart;
    const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    expect(Object.fromEntries(form)).toEqual({ prompt: "p", seed: "8" });
  });
});
