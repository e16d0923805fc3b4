import type { Model } from "@wai/catalog";
import { badRequest } from "@wai/core";

export interface Size {
  width: number;
  height: number;
}

/** The size a model without size control always makes (flux-1-schnell: 1024×1024). */
const FIXED_SIZE = 1024;
const SIZE = /^(\d{1,5})x(\d{1,5})$/;

/**
 * OpenAI's `size` (`WxH` or `auto`) as Workers AI's `width` and `height`: `undefined` means "send none" (the model's
 * default, or a model that takes no size). A size the model cannot make is a 400, never silently replaced.
 * Stable Diffusion works in 8-pixel latents, so its sides must be multiples of 8.
 */
export function toSize(model: Model, size: string | null | undefined, param = "size"): Size | undefined {
  if (size === undefined || size === null || size === "auto") return undefined;
  const match = SIZE.exec(size);
  if (!match)
    throw badRequest(
      `Invalid 'size': expected \`WIDTHxHEIGHT\` (e.g. \`1024x1024\`) or \`auto\`, got \`${size}\`.`,
      param,
    );
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (!model.capabilities.size) {
    if (width === FIXED_SIZE && height === FIXED_SIZE) return undefined;
    throw badRequest(
      `The model \`${model.id}\` makes ${FIXED_SIZE}x${FIXED_SIZE} images only; it cannot make \`${size}\`. Send \`size: "${FIXED_SIZE}x${FIXED_SIZE}"\` or \`auto\`, or use a model that takes a size.`,
      param,
      "invalid_size",
    );
  }
  const min = model.limits.minSize ?? 64;
  const max = model.limits.maxSize ?? 2048;
  if (width < min || height < min || width > max || height > max) {
    throw badRequest(
      `The model \`${model.id}\` makes images from ${min} to ${max} pixels a side; \`${size}\` is outside that.`,
      param,
      "invalid_size",
    );
  }
  if (model.input === "stable-diffusion" && (width % 8 !== 0 || height % 8 !== 0)) {
    throw badRequest(
      `The model \`${model.id}\` needs both sides to be multiples of 8 pixels; \`${size}\` is not.`,
      param,
      "invalid_size",
    );
  }
  return { width, height };
}
