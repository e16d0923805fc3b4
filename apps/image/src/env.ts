import type { AiBinding, GatewayVars } from "@wai/core";

export interface Env extends GatewayVars {
  AI: AiBinding;
  /** Generated images, served back at /file/<key>. */
  IMAGES: R2Bucket;
  /** Public origin for stored image URLs (a custom domain); the request's origin when unset. */
  PUBLIC_BASE_URL?: string;
  /** Model used when a generation request names none (an id or alias); `dall-e-2`, as OpenAI's default, when unset. */
  DEFAULT_IMAGE_MODEL?: string;
}
