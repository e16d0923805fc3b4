import { ApiError, type GatewayRequest } from "@wai/core";
import type { Env } from "../env.ts";
import { FILE_KEY } from "../storage/file-key.ts";
import { imageBucket } from "../storage/image-bucket.ts";
import { isNotModified } from "../storage/is-not-modified.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * `GET`/`HEAD /file/<key>`: a stored image, with no key needed (its unguessable URL is the capability). Stored
 * images never change, so they are cached for a year, and a conditional request gets a 304 without the body.
 */
export async function fileHandler(request: GatewayRequest, env: Env): Promise<Response> {
  const key = request.params.key ?? "";
  if (!FILE_KEY.test(key)) throw notFound();
  const conditional = request.headers.has("if-none-match") || request.headers.has("if-modified-since");
  if (request.method === "HEAD" || conditional) {
    const head = await imageBucket(env).head(key);
    if (!head) throw notFound();
    if (isNotModified(request.headers, head.httpEtag, head.uploaded)) {
      return new Response(null, { status: 304, headers: headersOf(head, false) });
    }
    if (request.method === "HEAD") return new Response(null, { headers: headersOf(head, true) });
  }
  const object = await imageBucket(env).get(key);
  if (!object) throw notFound();
  return new Response(object.body, { headers: headersOf(object, true) });
}

function headersOf(object: R2Object, withLength: boolean): Headers {
  const headers = new Headers();
  object.writeHttpMetadata(headers);
  headers.set("etag", object.httpEtag);
  headers.set("last-modified", object.uploaded.toUTCString());
  headers.set("cache-control", IMMUTABLE);
  headers.set("x-content-type-options", "nosniff");
  if (withLength) headers.set("content-length", String(object.size));
  return headers;
}

function notFound(): ApiError {
  return new ApiError({ status: 404, code: "file_not_found", message: "No stored image has this URL." });
}
