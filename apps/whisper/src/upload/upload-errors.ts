import { ApiError, badRequest } from "@wai/core";
import { AUDIO_FORMATS } from "./audio-format.ts";

/** 413 in OpenAI's words for an upload over the cap. */
export const fileTooLarge = (size: number | undefined, max: number) =>
  new ApiError({
    status: 413,
    param: "file",
    code: "file_too_large",
    message:
      `Maximum content size limit (${max}) exceeded` +
      `${size === undefined ? "" : ` (${size} bytes read)`}. Split the audio into smaller files.`,
  });

export const missingFile = () => badRequest("Missing required parameter: 'file'.", "file");

export const emptyFile = () =>
  badRequest("The audio file is empty: send the audio's bytes in the 'file' field.", "file", "empty_file");

/** OpenAI's own message for a format it does not take. */
export const invalidFormat = (what: string) =>
  badRequest(
    `Invalid file format${what ? ` (${what})` : ""}. Supported formats: [${AUDIO_FORMATS.map((f) => `'${f}'`).join(", ")}]`,
    "file",
    "invalid_file_format",
  );
