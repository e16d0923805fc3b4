import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bytesOfBase64, call, type ErrorBody, PNG_MAGIC, postJson, TINY_PNG } from "./helpers.ts";
import { png } from "./png-fixture.ts";

// Spies are cleared, not restored: a spy made again after a restore is not always the one the worker calls.
afterEach(() => vi.clearAllMocks());

function form(fields: Record<string, string | Blob>): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Blob) body.set(key, value, `${key}.png`);
    else body.set(key, value);
  }
  return body;
}

const edit = (fields: Record<string, string | Blob>) =>
  call("/v1/images/edits", { method: "POST", body: form(fields) });

async function expectError(res: Response, status: number, error: Partial<ErrorBody["error"]>) {
  const json = (await res.json()) as ErrorBody;
  expect({ status: res.status, ...json.error }).toMatchObject({ status, ...error });
}

const png1 = new Blob([TINY_PNG], { type: "image/png" });
const DATA_URI = `data:image/png;base64,${btoa(String.fromCharCode(...TINY_PNG))}`;

describe("POST /v1/images/edits", () => {
  it("runs img2img on SD 1.5 from a multipart upload, with strength", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await edit({
      image: png1,
      prompt: "make it blue",
      strength: "0.6",
      size: "256x256",
      response_format: "b64_json",
    });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { b64_json: string }[] };
    expect([...bytesOfBase64(data[0]?.b64_json ?? "").subarray(0, 4)]).toEqual(PNG_MAGIC);
    expect(run.mock.calls[0]?.[0]).toBe("@cf/runwayml/stable-diffusion-v1-5-img2img");
    expect(run.mock.calls[0]?.[1]).toMatchObject({ prompt: "make it blue", strength: 0.6, image: [...TINY_PNG] });
  });

  it("inpaints with a mask, on the inpainting model by default", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await edit({ "image[]": png1, mask: png1, prompt: "a hat", n: "2", size: "256x256" });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { url: string }[] };
    expect(data).toHaveLength(2);
    expect(run.mock.calls[0]?.[0]).toBe("@cf/runwayml/stable-diffusion-v1-5-inpainting");
    expect(run.mock.calls[0]?.[1]).toMatchObject({ image: [...TINY_PNG], mask: [...TINY_PNG] });
  });

  it("takes a JSON body with base64 images (data URI or OpenAI's images[].image_url)", async () => {
    const a = await postJson("/v1/images/edits", { image: DATA_URI, prompt: "x", response_format: "b64_json" });
    expect(a.status).toBe(200);
    const b = await postJson("/v1/images/edits", {
      images: [{ image_url: DATA_URI }],
      mask: { image_url: DATA_URI },
      prompt: "x",
      model: "@cf/runwayml/stable-diffusion-v1-5-inpainting",
      response_format: "b64_json",
    });
    expect(b.status).toBe(200);
  });

  it("refuses a missing image, two images, and a file that is not an image", async () => {
    await expectError(await edit({ prompt: "x" }), 400, { param: "image" });
    await expectError(await edit({ image: png1, "image[]": png1, prompt: "x" }), 400, { param: "image" });
    const text = new Blob(["hello"], { type: "image/png" });
    await expectError(await edit({ image: text, prompt: "x" }), 400, { param: "image", code: "invalid_image_format" });
    const jpegMask = new Blob([Uint8Array.of(0xff, 0xd8, 0xff, 0xe0)]);
    await expectError(await edit({ image: png1, mask: jpegMask, prompt: "x" }), 400, { param: "mask" });
  });

  it("refuses an upload over 4 MiB with 413, and a URL with 400 (nothing is fetched)", async () => {
    const big = new Blob([TINY_PNG, new Uint8Array(4 * 1024 * 1024)]);
    await expectError(await edit({ image: big, prompt: "x" }), 413, { param: "image", code: "file_too_large" });
    const url = await postJson("/v1/images/edits", { image: "https://example.com/cat.png", prompt: "x" });
    await expectError(url, 400, { param: "image", code: "image_url_not_supported" });
  });

  it("refuses models that cannot edit, a mask on img2img, and strength out of range", async () => {
    await expectError(await edit({ image: png1, prompt: "x", model: "dall-e-2" }), 400, {
      param: "image",
      code: "unsupported_parameter",
    });
    await expectError(
      await edit({ image: png1, mask: png1, prompt: "x", model: "@cf/runwayml/stable-diffusion-v1-5-img2img" }),
      400,
      { param: "mask" },
    );
    await expectError(await edit({ image: png1, prompt: "x", strength: "1.5" }), 400, { param: "strength" });
    const inpaint = "@cf/runwayml/stable-diffusion-v1-5-inpainting";
    await expectError(await edit({ image: png1, prompt: "x", model: inpaint }), 400, { param: "mask" });
    await expectError(await edit({ image: png1, prompt: "x", n: "many" }), 400, { param: "n" });
    await expectError(await edit({ image: png1, prompt: "x", colour: "red" }), 400, { param: "colour" });
  });

  it("edits with FLUX.2 (gpt-image-1), its source image sent as input_image_0", async () => {
    const res = await edit({ image: png1, prompt: "x", model: "gpt-image-1", response_format: "b64_json" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { output_format: string }).output_format).toBe("jpeg");
  });

  it("converts OpenAI's transparent-pixel mask to the white-on-black mask Stable Diffusion inpaints", async () => {
    const run = vi.spyOn(env.AI, "run");
    const rgba = await png(2, 1, 6, [[0, 0, 0, 0, 0, 9, 9, 9, 255]]);
    const res = await edit({ image: png1, mask: new Blob([rgba]), prompt: "x", response_format: "b64_json" });
    expect(res.status).toBe(200);
    const sent = Uint8Array.from((run.mock.calls[0]?.[1] as { mask: number[] } | undefined)?.mask ?? []);
    expect(run.mock.calls[0]?.[0]).toBe("@cf/runwayml/stable-diffusion-v1-5-inpainting");
    expect([...sent.subarray(0, 4)]).toEqual(PNG_MAGIC);
    expect(sent).not.toEqual(rgba);
  });
});
