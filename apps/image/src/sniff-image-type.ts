export type ImageMediaType = "image/png" | "image/jpeg" | "image/webp";

/**
 * The media type from the file's magic bytes, never from a label: Workers AI's schemas say PNG for the SD family
 * and a data URI says JPEG for flux, but the bytes are what a browser will decode. `undefined` for anything else.
 */
export function sniffImageType(bytes: Uint8Array): ImageMediaType | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  const riff = bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46;
  if (riff && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "image/webp";
  return undefined;
}

/** The file extension and `output_format` name of a media type. */
export const FORMAT_OF: Readonly<Record<ImageMediaType, "png" | "jpeg" | "webp">> = {
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/webp": "webp",
};
