import { ApiError, badRequest } from "@wai/core";
import type { AudioRequest } from "./audio-upload.ts";
import { readMultipart } from "./read-multipart.ts";
import { readRawAudio } from "./read-raw-audio.ts";

/**
 * The audio and fields of a transcription or translation request: OpenAI's `multipart/form-data`, or the
 * audio itself as the body (`Content-Type: audio/*`) with the fields in the query string, as the original
 * guide's worker took it. Anything else is a 400 saying what to send.
 */
export async function readAudioRequest(request: Request, maxBytes: number): Promise<AudioRequest> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (mediaType === "multipart/form-data") return readMultipart(request, maxBytes);
  if (mediaType.startsWith("audio/") || mediaType.startsWith("video/")) return readRawAudio(request, maxBytes);
  if (mediaType === "application/json") {
    throw badRequest(
      "This endpoint takes multipart/form-data (a 'file' part and text fields), not JSON; or the audio itself as the body with an audio/* content type.",
      "file",
      "invalid_content_type",
    );
  }
  throw new ApiError({
    status: 400,
    param: "file",
    code: "invalid_content_type",
    message: `Unsupported content type \`${mediaType || "(none)"}\`: send multipart/form-data with a 'file' part, or the audio as the body with an audio/* content type.`,
  });
}
