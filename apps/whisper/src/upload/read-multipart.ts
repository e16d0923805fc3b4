import { ApiError } from "@wai/core";
import { addField } from "./add-field.ts";
import { AUDIO_MEDIA_TYPE, formatOfMediaType, formatOfName } from "./audio-format.ts";
import type { AudioRequest } from "./audio-upload.ts";
import { sniffAudio } from "./sniff-audio.ts";
import { emptyFile, fileTooLarge, invalidFormat, missingFile } from "./upload-errors.ts";

/** Room for the multipart framing and text fields around a file of the largest size. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * OpenAI's multipart form: a `file` part (with a filename whose extension names the format; the media type,
 * then the bytes, decide when it has none) and text fields. A repeated field (`timestamp_granularities[]`)
 * gives a list. A body over the cap is refused by its `Content-Length` before it is read.
 */
export async function readMultipart(request: Request, maxBytes: number): Promise<AudioRequest> {
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (length > maxBytes + MULTIPART_SLACK) throw fileTooLarge(undefined, maxBytes);
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    throw new ApiError({
      status: 400,
      code: "invalid_multipart",
      message: `The multipart body could not be parsed: ${error instanceof Error ? error.message : error}.`,
    });
  }
  const file = form.get("file");
  if (file === null) throw missingFile();
  if (typeof file === "string") {
    throw new ApiError({
      status: 400,
      param: "file",
      message: "Invalid type for 'file': expected a file part with a filename, but got a text field.",
    });
  }
  if (file.size === 0) throw emptyFile();
  if (file.size > maxBytes) throw fileTooLarge(file.size, maxBytes);
  const byName = formatOfName(file.name);
  if (byName === null) throw invalidFormat(file.name);
  const format =
    byName ?? formatOfMediaType(file.type) ?? sniffAudio(new Uint8Array(await file.slice(0, 12).arrayBuffer()))?.format;
  if (!format || format === "aac") throw invalidFormat(file.name || file.type);
  // The part's own type when it agrees with the format (it may say more: `audio/ogg; codecs=opus`).
  const contentType = formatOfMediaType(file.type) === format ? file.type : AUDIO_MEDIA_TYPE[format];
  return { upload: { size: file.size, format, contentType, stream: () => file.stream() }, fields: textFields(form) };
}

function textFields(form: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of form) {
    if (key === "file") continue;
    if (typeof value !== "string") {
      throw new ApiError({
        status: 400,
        param: key,
        message: `Invalid type for '${key}': expected a text field, but got a file.`,
      });
    }
    addField(fields, key, value);
  }
  return fields;
}
