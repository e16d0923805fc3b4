import { ApiError } from "@wai/core";
import { MAX_BODY_BYTES } from "../limits.ts";

/** A body that declares more than the routes taking images accept is a 413 before a byte of it is read. */
export function checkBodySize(request: Request): void {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) {
    throw new ApiError({
      status: 413,
      code: "request_too_large",
      message: `The request body is ${length} bytes; at most ${MAX_BODY_BYTES} bytes (12 MiB) are accepted here.`,
    });
  }
}
