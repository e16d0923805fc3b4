import { ApiError } from "@wai/core";
import type { Env } from "../env.ts";

/**
 * The R2 bucket stored images live in. Without one (deployed without the `IMAGES` binding) `b64_json` still
 * works; anything that stores or serves a file is a 500 saying how to fix it, found before any image is made.
 */
export function imageBucket(env: Env): R2Bucket {
  if (env.IMAGES) return env.IMAGES;
  throw new ApiError({
    status: 500,
    type: "server_error",
    code: "missing_r2_binding",
    message:
      'This worker has no R2 bucket for images: create one (`wrangler r2 bucket create wai-images`) and bind it as `IMAGES` in wrangler.jsonc, or ask for `response_format: "b64_json"`.',
  });
}
