/** Images per request: Workers AI makes one per call, and each costs neurons. */
export const MAX_IMAGES = 4;
/** Prompt length when the catalog gives none (OpenAI's dall-e-3 limit). */
export const DEFAULT_MAX_PROMPT_CHARS = 4000;
/**
 * One uploaded image or mask, decoded: OpenAI's own limit for dall-e-2 edits. Workers AI takes SD 1.5's source
 * image as a JSON array of byte values, about 3.6 characters a byte, so larger files cost real CPU and payload.
 */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** A whole edit request body (two images as base64 JSON, plus fields). */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
/** Seeds are drawn below this (Workers AI's schemas give no maximum; 2^31 is safe for every backend). */
export const SEED_LIMIT = 2 ** 31;
