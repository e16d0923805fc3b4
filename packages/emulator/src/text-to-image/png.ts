import { concat } from "../bytes.ts";
import { crc32 } from "./crc32.ts";
import { imagePattern, latin1 } from "./image-pattern.ts";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A real PNG (8-bit RGB, zlib-compressed with `CompressionStream("deflate")`) showing the prompt's pattern, with
 * `tEXt` chunks saying it is emulated.
 */
export async function encodePng(
  width: number,
  height: number,
  seed: number,
  text: Record<string, string>,
): Promise<Uint8Array> {
  const pixel = imagePattern(seed, width, height);
  const stride = width * 3 + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      const o = y * stride + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const idat = new Uint8Array(
    await new Response(new Blob([raw]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer(),
  );
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, filter 0, no interlace
  const texts = Object.entries(text).map(([k, v]) => chunk("tEXt", concat([latin1(k), Uint8Array.of(0), latin1(v)])));
  return concat([
    Uint8Array.from(SIGNATURE),
    chunk("IHDR", ihdr),
    ...texts,
    chunk("IDAT", idat),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}
