import { seededRandom } from "../hash.ts";

export type Rgb = [number, number, number];

/**
 * The picture every emulated image shows: a diagonal gradient between two colours picked from the prompt's hash,
 * crossed by darker stripes, so two prompts give visibly different images.
 */
export function imagePattern(seed: number, width: number, height: number): (x: number, y: number) => Rgb {
  const rand = seededRandom(seed);
  const a: Rgb = [rand() * 255, rand() * 255, rand() * 255];
  const b: Rgb = [rand() * 255, rand() * 255, rand() * 255];
  const stripe = 16 + Math.floor(rand() * 48);
  const span = width + height || 1;
  return (x, y) => {
    const t = (x + y) / span;
    const dim = Math.floor((x + 2 * y) / stripe) % 2 ? 0.8 : 1;
    return [
      Math.round((a[0] + (b[0] - a[0]) * t) * dim),
      Math.round((a[1] + (b[1] - a[1]) * t) * dim),
      Math.round((a[2] + (b[2] - a[2]) * t) * dim),
    ];
  };
}

/** Only Latin-1 characters, for PNG tEXt and JPEG COM. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text.replace(/[^\x20-\x7e\xa0-\xff]/g, "?"), (c) => c.charCodeAt(0));
}
