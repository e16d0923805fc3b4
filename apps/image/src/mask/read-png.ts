/** A decoded PNG's raw samples, one row after another, filters undone. */
export interface DecodedPng {
  width: number;
  height: number;
  /** Samples per pixel: 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA (palette images are 1, indices). */
  channels: number;
  /** Bits per sample: 8 or 16 (smaller depths are refused). */
  depth: number;
  colorType: number;
  /** `tRNS` present: the image has transparency without an alpha channel. */
  hasTransparencyChunk: boolean;
  samples: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Reads a non-interlaced 8- or 16-bit PNG; `undefined` for what it cannot read (the caller says why). */
export async function readPng(png: Uint8Array): Promise<DecodedPng | undefined> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const idat: Uint8Array[] = [];
  let ihdr: Uint8Array | undefined;
  let hasTransparencyChunk = false;
  for (let at = 8; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") ihdr = data;
    else if (type === "IDAT") idat.push(data);
    else if (type === "tRNS") hasTransparencyChunk = true;
    at += 12 + length;
  }
  if (!ihdr || ihdr.length < 13 || idat.length === 0) return undefined;
  const head = new DataView(ihdr.buffer, ihdr.byteOffset, 13);
  const [width, height, depth, colorType, interlace] = [
    head.getUint32(0),
    head.getUint32(4),
    ihdr[8],
    ihdr[9],
    ihdr[12],
  ];
  const channels = CHANNELS[colorType ?? -1];
  if (!channels || (depth !== 8 && depth !== 16) || interlace !== 0 || !width || !height) return undefined;
  const inflated = await inflate(idat);
  const bpp = (channels * depth) / 8;
  const samples = unfilter(inflated, width * bpp, height, bpp);
  if (!samples) return undefined;
  return { width, height, channels, depth, colorType: colorType ?? 0, hasTransparencyChunk, samples };
}

async function inflate(parts: Uint8Array[]): Promise<Uint8Array> {
  const stream = new Blob(parts).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** PNG filters 0–4 (None, Sub, Up, Average, Paeth), undone in place into a new buffer without filter bytes. */
function unfilter(data: Uint8Array, stride: number, height: number, bpp: number): Uint8Array | undefined {
  if (data.length < (stride + 1) * height) return undefined;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[src + x] ?? 0;
      const a = x >= bpp ? (out[row + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[prev + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[prev + x - bpp] ?? 0) : 0;
      let value: number;
      if (filter === 0) value = raw;
      else if (filter === 1) value = raw + a;
      else if (filter === 2) value = raw + b;
      else if (filter === 3) value = raw + ((a + b) >> 1);
      else if (filter === 4) value = raw + paeth(a, b, c);
      else return undefined;
      out[row + x] = value & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
