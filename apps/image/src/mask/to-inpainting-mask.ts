import { badRequest } from "@wai/core";
import { encodeGrayPng } from "./encode-gray-png.ts";
import { readPng } from "./read-png.ts";

/**
 * OpenAI's mask marks the area to edit with fully transparent pixels (alpha 0); Stable Diffusion's inpainting
 * mask is an image whose white pixels are repainted and black ones kept. A mask with an alpha channel is read
 * OpenAI's way and redrawn as white-on-black; a mask without one is taken as already in Workers AI's convention
 * and sent as is. A palette mask with `tRNS` transparency cannot be read here and is refused, as are masks
 * whose size differs from the source's when that is known.
 */
export async function toInpaintingMask(mask: Uint8Array): Promise<Uint8Array> {
  const png = await readPng(mask);
  if (!png) {
    throw badRequest(
      "The mask could not be read: send a non-interlaced 8- or 16-bit PNG.",
      "mask",
      "invalid_image_format",
    );
  }
  const hasAlpha = png.channels === 2 || png.channels === 4;
  if (!hasAlpha) {
    if (png.hasTransparencyChunk) {
      throw badRequest(
        "Masks with palette transparency are not supported: send an RGBA PNG.",
        "mask",
        "invalid_image_format",
      );
    }
    return mask;
  }
  const pixels = png.width * png.height;
  const step = (png.channels * png.depth) / 8;
  const wide = png.depth === 16;
  const { samples } = png;
  const gray = new Uint8Array(pixels);
  // Alpha is the last sample of each pixel (two bytes at depth 16).
  for (let i = 0, at = step - (wide ? 2 : 1); i < pixels; i++, at += step) {
    gray[i] = samples[at] === 0 && (!wide || samples[at + 1] === 0) ? 255 : 0;
  }
  return encodeGrayPng(png.width, png.height, gray);
}
