import type { ImageMediaType } from "../sniff-image-type.ts";

/** One picture Workers AI made: its bytes, their sniffed type, and the base64 it arrived as, if it did. */
export interface GeneratedImage {
  bytes: Uint8Array;
  contentType: ImageMediaType;
  /** flux's `{image}` text, kept so `b64_json` is not encoded twice. */
  base64?: string;
}
