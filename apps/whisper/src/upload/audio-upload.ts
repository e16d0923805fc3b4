import type { AudioFormat } from "./audio-format.ts";

/** The audio of a transcription request, not yet read: its bytes stay where the runtime holds them. */
export interface AudioUpload {
  /** Size in bytes, known before reading (the file part's size, or `Content-Length`). */
  size: number;
  format: AudioFormat;
  /** The media type sent upstream with the bytes. */
  contentType: string;
  /** The bytes; read them once. */
  stream(): ReadableStream<Uint8Array>;
}

/** The upload and the request's other fields (multipart text fields, or the query string of a raw upload). */
export interface AudioRequest {
  upload: AudioUpload;
  fields: Record<string, string | string[]>;
}
