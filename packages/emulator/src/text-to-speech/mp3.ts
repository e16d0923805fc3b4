import { concat } from "../bytes.ts";

/** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, joint stereo: 417-byte frames of 1152 samples each. */
const FRAME_HEADER = [0xff, 0xfb, 0x90, 0x64];
const FRAME_BYTES = 417;
const FRAME_SECONDS = 1152 / 44100;

/**
 * An MP3 file: an ID3v2.4 tag saying it is emulated, then silent MPEG frames (zero side information, so decoders
 * play silence) lasting `seconds`.
 */
export function encodeMp3(seconds: number, title: string, comment: string): Uint8Array {
  const frames = Math.max(1, Math.ceil(seconds / FRAME_SECONDS));
  const audio = new Uint8Array(frames * FRAME_BYTES);
  for (let i = 0; i < frames; i++) audio.set(FRAME_HEADER, i * FRAME_BYTES);
  return concat([id3Tag({ TIT2: title, TSSE: "@wai/emulator", COMM: comment }), audio]);
}

/** Seconds of audio an MP3 of this many frames-bytes plays (the inverse of `encodeMp3`). */
export function mp3Seconds(bytes: number): number {
  return (bytes / FRAME_BYTES) * FRAME_SECONDS;
}

function id3Tag(frames: Record<string, string>): Uint8Array {
  const utf8 = new TextEncoder();
  const body = concat(
    Object.entries(frames).map(([id, text]) => {
      // Text encoding 3 (UTF-8); COMM also carries a language and an empty short description.
      const payload =
        id === "COMM"
          ? concat([Uint8Array.of(3, 0x65, 0x6e, 0x67, 0), utf8.encode(text)])
          : concat([Uint8Array.of(3), utf8.encode(text)]);
      return concat([utf8.encode(id), syncsafe(payload.length), Uint8Array.of(0, 0), payload]);
    }),
  );
  return concat([Uint8Array.of(0x49, 0x44, 0x33, 4, 0, 0), syncsafe(body.length), body]);
}

function syncsafe(n: number): Uint8Array {
  return Uint8Array.of((n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f);
}
