/** An audio container told apart by its first bytes. */
export interface SniffedAudio {
  format: "mp3" | "wav" | "flac" | "ogg" | "webm" | "m4a" | "aac";
  mediaType: string;
}

const ascii = (bytes: Uint8Array, at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));

/**
 * The container the bytes start with (12 are enough), or undefined. Used to name a file sent without an
 * extension, and for text-to-speech answers, whose container the model does not label reliably (melotts is
 * documented as MP3 but has been seen labelled WAV: reference §2.6, clients.md §3).
 */
export function sniffAudio(bytes: Uint8Array): SniffedAudio | undefined {
  if (ascii(bytes, 0, 3) === "ID3") return { format: "mp3", mediaType: "audio/mpeg" };
  const [b0 = 0, b1 = 0] = bytes;
  if (b0 === 0xff && (b1 & 0xf6) === 0xf0) return { format: "aac", mediaType: "audio/aac" }; // ADTS, layer 0
  if (b0 === 0xff && (b1 & 0xe0) === 0xe0) return { format: "mp3", mediaType: "audio/mpeg" }; // MPEG frame sync
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WAVE") return { format: "wav", mediaType: "audio/wav" };
  if (ascii(bytes, 0, 4) === "fLaC") return { format: "flac", mediaType: "audio/flac" };
  if (ascii(bytes, 0, 4) === "OggS") return { format: "ogg", mediaType: "audio/ogg" };
  if (b0 === 0x1a && b1 === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
    return { format: "webm", mediaType: "audio/webm" };
  if (ascii(bytes, 4, 4) === "ftyp") return { format: "m4a", mediaType: "audio/mp4" };
  return undefined;
}
