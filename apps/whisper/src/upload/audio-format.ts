/** The file formats OpenAI's audio endpoints accept, as its error message lists them. */
export const AUDIO_FORMATS = ["flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "oga", "ogg", "wav", "webm"] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];

/** The media type sent upstream with each format's bytes. */
export const AUDIO_MEDIA_TYPE: Readonly<Record<AudioFormat, string>> = {
  flac: "audio/flac",
  m4a: "audio/mp4",
  mp3: "audio/mpeg",
  mp4: "audio/mp4",
  mpeg: "audio/mpeg",
  mpga: "audio/mpeg",
  oga: "audio/ogg",
  ogg: "audio/ogg",
  wav: "audio/wav",
  webm: "audio/webm",
};

/** Media types clients send (`audio/x-wav`, `audio/mp3`, `video/mp4`...) → format. */
const BY_MEDIA_TYPE: Readonly<Record<string, AudioFormat>> = {
  "audio/flac": "flac",
  "audio/x-flac": "flac",
  "audio/m4a": "m4a",
  "audio/x-m4a": "m4a",
  "audio/mp4": "m4a",
  "audio/aac": "m4a",
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/mpga": "mpga",
  "audio/ogg": "ogg",
  "audio/opus": "ogg",
  "audio/wav": "wav",
  "audio/wave": "wav",
  "audio/x-wav": "wav",
  "audio/vnd.wave": "wav",
  "audio/webm": "webm",
  "video/mp4": "mp4",
  "video/mpeg": "mpeg",
  "video/webm": "webm",
};

/** The format a file name's extension names (`talk.MP3` → `mp3`); `null` when it has an unknown one. */
export function formatOfName(name: string): AudioFormat | null | undefined {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return undefined; // no extension: decide by media type
  const ext = name.slice(dot + 1).toLowerCase();
  return (AUDIO_FORMATS as readonly string[]).includes(ext) ? (ext as AudioFormat) : null;
}

/** The format of a media type (parameters ignored); undefined when it is not an audio type we know. */
export function formatOfMediaType(contentType: string | null | undefined): AudioFormat | undefined {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return BY_MEDIA_TYPE[type];
}
