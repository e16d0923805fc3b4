import { ApiError } from "@wai/core";

const DATA_URI = /^data:([^;,]*)((?:;[^;,]*)*?);base64,/i;

/**
 * A `data:` image URI is checked by its magic bytes, never by its label: a URI that says `image/png` but holds
 * no PNG, JPEG, GIF or WebP (or is not base64) is a 400 naming the message content part, instead of an upstream
 * failure (or a model describing noise). Only the first 18 bytes are decoded.
 */
export function checkDataUriImage(url: string, param: string): void {
  const head = DATA_URI.exec(url);
  if (!head) throw invalidImage("An image `data:` URI must be base64: `data:image/png;base64,…`.", param);
  const start = head[0].length;
  const bytes = decodeHead(url.slice(start, start + 24));
  if (!bytes || !isImage(bytes)) {
    throw invalidImage(
      "The image `data:` URI does not hold a PNG, JPEG, GIF or WebP image (checked by its bytes).",
      param,
    );
  }
}

function invalidImage(message: string, param: string): ApiError {
  return new ApiError({ status: 400, code: "invalid_image", param, message });
}

/** Up to 24 base64 characters (18 bytes); a partial quantum at the end is left out. */
function decodeHead(base64: string): Uint8Array | undefined {
  const chars = base64.replace(/=+$/, "");
  if (!/^[A-Za-z0-9+/_-]*$/.test(chars)) return undefined;
  const whole = chars.slice(0, chars.length - (chars.length % 4 === 1 ? 1 : 0));
  try {
    return Uint8Array.from(atob(whole.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function isImage(b: Uint8Array): boolean {
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return true; // PNG
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return true; // JPEG
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return true; // GIF8
  const riff = b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46;
  return riff && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50; // RIFF….WEBP
}
