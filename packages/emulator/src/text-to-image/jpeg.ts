import { concat } from "../bytes.ts";
import { imagePattern, latin1 } from "./image-pattern.ts";

// Huffman tables: the standard luminance DC table (ITU T.81 K.3) and an AC table holding only EOB (code "0"):
// every block is flat (DC only), which keeps the encoder tiny and the file valid baseline JPEG.
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_BITS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const DC_CODES = canonicalCodes(DC_BITS);

/**
 * A baseline JPEG of `width`×`height` (YCbCr, no subsampling) showing the prompt's pattern in 8×8 flat blocks,
 * with a COM segment saying it is emulated.
 */
export function encodeJpeg(width: number, height: number, seed: number, comment: string): Uint8Array {
  const pixel = imagePattern(seed, width, height);
  const bits = new BitWriter();
  const previous = [0, 0, 0];
  for (let by = 0; by < Math.ceil(height / 8); by++) {
    for (let bx = 0; bx < Math.ceil(width / 8); bx++) {
      const [r, g, b] = pixel(bx * 8 + 4, by * 8 + 4);
      const ycc = [
        0.299 * r + 0.587 * g + 0.114 * b,
        -0.1687 * r - 0.3313 * g + 0.5 * b + 128,
        0.5 * r - 0.4187 * g - 0.0813 * b + 128,
      ];
      for (let c = 0; c < 3; c++) {
        // DC coefficient of a flat block = 8 × (value − 128); with quantizer 8 that is value − 128.
        const dc = Math.max(-128, Math.min(127, Math.round((ycc[c] ?? 128) - 128)));
        writeDc(bits, dc - (previous[c] ?? 0));
        previous[c] = dc;
        bits.write(0, 1); // AC: end of block
      }
    }
  }
  const sof = [8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0];
  return concat([
    Uint8Array.of(0xff, 0xd8),
    segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(0xfe, [...latin1(comment)]),
    segment(0xdb, [0, ...new Array(64).fill(8)]),
    segment(0xc0, sof),
    segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES]),
    segment(0xc4, [0x10, ...AC_BITS, 0]),
    segment(0xda, [3, 1, 0, 2, 0, 3, 0, 0, 63, 0]),
    bits.finish(),
    Uint8Array.of(0xff, 0xd9),
  ]);
}

function writeDc(bits: BitWriter, diff: number): void {
  const size = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
  const code = DC_CODES[size] ?? [0, 0];
  bits.write(code[0], code[1]);
  if (size) bits.write(diff > 0 ? diff : diff + (1 << size) - 1, size);
}

function segment(marker: number, data: number[]): Uint8Array {
  const length = data.length + 2;
  return Uint8Array.of(0xff, marker, length >> 8, length & 255, ...data);
}

/** [code, length] for each symbol, in order, from a DHT BITS list (T.81 Annex C). */
function canonicalCodes(counts: number[]): [number, number][] {
  const codes: [number, number][] = [];
  let code = 0;
  counts.forEach((count, i) => {
    for (let k = 0; k < count; k++) codes.push([code++, i + 1]);
    code <<= 1;
  });
  return codes;
}

class BitWriter {
  private bytes: number[] = [];
  private acc = 0;
  private n = 0;

  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      if (++this.n === 8) this.flush();
    }
  }

  finish(): Uint8Array {
    if (this.n) this.write(0xff, 8 - this.n); // pad with ones
    return Uint8Array.from(this.bytes);
  }

  private flush(): void {
    this.bytes.push(this.acc);
    if (this.acc === 0xff) this.bytes.push(0); // byte stuffing
    this.acc = 0;
    this.n = 0;
  }
}
