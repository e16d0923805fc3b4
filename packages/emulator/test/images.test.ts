import { describe, expect, it } from "vitest";
import { emulate } from "../src/emulate.ts";
import { crc32 } from "../src/text-to-image/crc32.ts";
import { FLUX_2, FLUX_SCHNELL, PHOENIX, SD_INPAINT, SDXL } from "./fixtures/models.ts";
import { bytesOf, expectAiError, jsonOf } from "./helpers.ts";

interface Chunk {
  type: string;
  data: Uint8Array;
}

function pngChunks(png: Uint8Array): Chunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    expect(view.getUint32(at + 8 + length), `CRC of ${type}`).toBe(crc32(png, at + 4, at + 8 + length));
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

describe("PNG (SD family)", () => {
  it("is a valid PNG of the asked size, decompressible, and says it is emulated", async () => {
    const out = await emulate(SDXL, { prompt: "a red fox", width: 320, height: 256 });
    expect(out).toMatchObject({ kind: "bytes", contentType: "image/png" });
    const chunks = pngChunks(await bytesOf(out));
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "tEXt", "tEXt", "tEXt", "IDAT", "IEND"]);
    const ihdr = new DataView((chunks[0] as Chunk).data.slice().buffer);
    expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([320, 256]);
    const text = chunks
      .filter((c) => c.type === "tEXt")
      .map((c) => latin1(c.data))
      .join("\n");
    expect(text).toContain("emulated by @wai/emulator: @cf/stabilityai/stable-diffusion-xl-base-1.0");
    expect(text).toContain("a red fox");
    const idat = chunks.find((c) => c.type === "IDAT")?.data as Uint8Array;
    const raw = await new Response(
      new Blob([idat]).stream().pipeThrough(new DecompressionStream("deflate")),
    ).arrayBuffer();
    expect(raw.byteLength).toBe(256 * (320 * 3 + 1));
  });

  it("uses the default size, and differs by prompt", async () => {
    const a = await bytesOf(await emulate(SD_INPAINT, { prompt: "one" }));
    const b = await bytesOf(await emulate(SD_INPAINT, { prompt: "two" }));
    const ihdr = new DataView((pngChunks(a)[0] as Chunk).data.slice().buffer);
    expect(ihdr.getUint32(0)).toBe(512);
    expect(a).not.toEqual(b);
    expect(await bytesOf(await emulate(SD_INPAINT, { prompt: "one" }))).toEqual(a);
  });

  it("refuses num_steps over 20, sizes out of range, and image inputs the model cannot take", async () => {
    await expectAiError(emulate(SDXL, { prompt: "x", num_steps: 25 }), 5006, /'\/num_steps' must be <= 20/);
    await expectAiError(emulate(SDXL, { prompt: "x", width: 4096 }), 5006, /'\/width' must be <= 2048/);
    await expectAiError(emulate(SDXL, { prompt: "" }), 5006, /shorter than 1/);
    const ok = await emulate(SD_INPAINT, { prompt: "x", image: [1, 2, 3], mask: [0, 0], width: 256, height: 256 });
    expect(ok.kind).toBe("bytes");
  });
});

function jpegSegments(jpeg: Uint8Array): Map<number, Uint8Array> {
  expect([jpeg[0], jpeg[1]]).toEqual([0xff, 0xd8]);
  expect([jpeg.at(-2), jpeg.at(-1)]).toEqual([0xff, 0xd9]);
  const segments = new Map<number, Uint8Array>();
  for (let at = 2; ; ) {
    expect(jpeg[at]).toBe(0xff);
    const marker = jpeg[at + 1] as number;
    const length = ((jpeg[at + 2] as number) << 8) | (jpeg[at + 3] as number);
    segments.set(marker, jpeg.subarray(at + 4, at + 2 + length));
    at += 2 + length;
    if (marker === 0xda) break;
  }
  return segments;
}

describe("JPEG", () => {
  it("phoenix returns baseline JPEG bytes of the asked size with an emulated COM segment", async () => {
    const out = await emulate(PHOENIX, { prompt: "a lighthouse", width: 640, height: 480 });
    expect(out).toMatchObject({ kind: "bytes", contentType: "image/jpeg" });
    const segments = jpegSegments(await bytesOf(out));
    const sof = segments.get(0xc0) as Uint8Array;
    expect([(sof[1] as number) * 256 + (sof[2] as number), (sof[3] as number) * 256 + (sof[4] as number)]).toEqual([
      480, 640,
    ]);
    expect(latin1(segments.get(0xfe) as Uint8Array)).toMatch(
      /^emulated by @wai\/emulator: @cf\/leonardo\/phoenix-1\.0, prompt hash [0-9a-f]{8}; prompt: a lighthouse$/,
    );
  });

  it("flux-1-schnell returns {image: base64 JPEG} at 1024×1024", async () => {
    const out = jsonOf(await emulate(FLUX_SCHNELL, { prompt: "a cat", steps: 4 }));
    expect(Object.keys(out)).toEqual(["image"]);
    const jpeg = Uint8Array.from(atob(out.image), (c) => c.charCodeAt(0));
    const sof = jpegSegments(jpeg).get(0xc0) as Uint8Array;
    expect((sof[3] as number) * 256 + (sof[4] as number)).toBe(1024);
  });

  it("flux-1-schnell refuses width/height/seed and steps over 8", async () => {
    const e = await expectAiError(emulate(FLUX_SCHNELL, { prompt: "a cat", width: 512, height: 512 }), 5006);
    expect(e.message).toBe(
      "5006: Bad input: Error: Additional or unevaluated properties '/width, /height' in '/' not allowed",
    );
    await expectAiError(emulate(FLUX_SCHNELL, { prompt: "a cat", steps: 9 }), 5006, /'\/steps' must be <= 8/);
    await expectAiError(emulate(FLUX_SCHNELL, { prompt: "a cat", num_steps: 4 }), 5006, /num_steps/);
  });

  it("FLUX.2 takes multipart only", async () => {
    await expectAiError(emulate(FLUX_2, { prompt: "a cat" }), 5006, /required properties at '\/' are 'multipart'/);
    const form = new FormData();
    form.set("prompt", "a cat");
    form.set("width", "512");
    form.set("height", "256");
    const body = new Response(form);
    const multipart = { body: body.body, contentType: body.headers.get("content-type") };
    const out = jsonOf(await emulate(FLUX_2, { multipart }));
    const sof = jpegSegments(Uint8Array.from(atob(out.image), (c) => c.charCodeAt(0))).get(0xc0) as Uint8Array;
    expect((sof[1] as number) * 256 + (sof[2] as number)).toBe(256);
  });

  it("finds fault markers inside a FLUX.2 multipart prompt", async () => {
    const form = new FormData();
    form.set("prompt", "a cat #fault:3040");
    const body = new Response(form);
    await expectAiError(
      emulate(FLUX_2, { multipart: { body: body.body, contentType: body.headers.get("content-type") } }),
      3040,
    );
  });
});
