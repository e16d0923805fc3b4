import { ApiError } from "./api-error.ts";
import { readCappedBody } from "./read-capped-body.ts";

/** The largest JSON body read by default: vision requests carry base64 images, but a Worker has 128 MB. */
export const DEFAULT_MAX_JSON_BYTES = 32 * 1024 * 1024;

/** Media types whose body is JSON: `application/json`, and `application/<x>+json` suffix types. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/**
 * Media types that get one chance to be JSON. curl's `-d` sends `application/x-www-form-urlencoded`
 * unless told otherwise, and browsers send `text/plain` to skip a CORS preflight; when such a body parses
 * as JSON it is accepted, otherwise the client is told to send `application/json`.
 */
const LENIENT_TYPES = new Set(["", "text/plain", "application/x-www-form-urlencoded"]);

const decoder = new TextDecoder();

const invalidJson = (detail: string) =>
  new ApiError({
    status: 400,
    code: "invalid_json",
    message: `We could not parse the JSON body of your request: ${detail}. Send a JSON object.`,
  });

/**
 * Reads a JSON request body. `application/json` with any parameters (`; charset=utf-8`) is parsed; so is a
 * body sent without a content type (many clients omit it). Other types, an empty body and malformed JSON
 * are 400s saying what was wrong (JSON.parse's own message says where), never a 500; a body over `maxBytes`
 * is a 413, refused before it is held in memory.
 */
export async function readJson(request: Request, maxBytes = DEFAULT_MAX_JSON_BYTES): Promise<unknown> {
  const mediaType = mediaTypeOf(request);
  const strict = JSON_TYPE.test(mediaType);
  if (!strict && !LENIENT_TYPES.has(mediaType)) throw wrongContentType(mediaType);
  // Decoded by hand: `request.text()` warns on a form content type, and this also drops a UTF-8 BOM.
  const text = decoder.decode(await readCappedBody(request, maxBytes));
  if (text.trim() === "") {
    throw new ApiError({
      status: 400,
      code: "empty_body",
      message: "The request body is empty. Send a JSON object with `content-type: application/json`.",
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!strict && mediaType !== "") throw wrongContentType(mediaType);
    throw invalidJson(error instanceof Error ? error.message : String(error));
  }
}

/** The media type alone, lower-cased, without parameters; `""` when the header is missing. */
function mediaTypeOf(request: Request): string {
  const header = request.headers.get("content-type") ?? "";
  const semicolon = header.indexOf(";");
  return (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
}

function wrongContentType(mediaType: string): ApiError {
  return new ApiError({
    status: 400,
    code: "invalid_content_type",
    message: `Unsupported content type \`${mediaType}\`: this endpoint expects a JSON body with \`content-type: application/json\`.`,
  });
}
