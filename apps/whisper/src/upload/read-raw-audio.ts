import { addField } from "./add-field.ts";
import { AUDIO_MEDIA_TYPE, formatOfMediaType } from "./audio-format.ts";
import type { AudioRequest } from "./audio-upload.ts";
import { emptyFile, fileTooLarge, invalidFormat } from "./upload-errors.ts";

/** Parameters that only authenticate (`?key=`), never request fields. */
const AUTH_PARAMS = new Set(["key", "token", "password"]);

/**
 * The audio as the request body (`curl --data-binary @talk.mp3 -H 'content-type: audio/mpeg'`), fields in the
 * query string. With a `Content-Length` the body is passed on as it arrives; without one it is read, up to
 * the cap, to learn its size.
 */
export async function readRawAudio(request: Request, maxBytes: number): Promise<AudioRequest> {
  const mediaType = request.headers.get("content-type") ?? "";
  const format = formatOfMediaType(mediaType);
  if (!format) throw invalidFormat(mediaType.split(";")[0]?.trim() ?? "");
  const contentType = mediaType.split(";")[0]?.trim().toLowerCase() || AUDIO_MEDIA_TYPE[format];
  const fields = queryFields(new URL(request.url));
  const declared = request.headers.get("content-length");
  if (declared !== null && request.body) {
    const size = Number(declared);
    if (size === 0) throw emptyFile();
    if (size > maxBytes) throw fileTooLarge(size, maxBytes);
    const body = request.body;
    return { upload: { size, format, contentType, stream: () => body }, fields };
  }
  const blob = await readCapped(request.body, maxBytes);
  if (blob.size === 0) throw emptyFile();
  return { upload: { size: blob.size, format, contentType, stream: () => blob.stream() }, fields };
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Blob> {
  const parts: Uint8Array[] = [];
  let size = 0;
  if (body) {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        await body.cancel().catch(() => {});
        throw fileTooLarge(undefined, maxBytes);
      }
      parts.push(chunk);
    }
  }
  return new Blob(parts);
}

function queryFields(url: URL): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    if (AUTH_PARAMS.has(key)) continue;
    addField(fields, key, value);
  }
  return fields;
}
