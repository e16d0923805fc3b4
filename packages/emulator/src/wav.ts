export interface WavOptions {
  /** Written right after the header, e.g. a fault marker (`#fault:3040`). */
  marker?: string;
  /** The sample bytes' value, so two files of one length can differ. */
  fill?: number;
}

/**
 * A PCM WAV (16 kHz, mono, 16-bit: 32,000 bytes a second) of `dataBytes` bytes of samples, for tests and
 * benchmarks of the audio routes: the emulator reads its duration from this header (`audioSeconds`).
 */
export function makeWav(dataBytes: number, { marker = "", fill = 0 }: WavOptions = {}): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVEfmt ");
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, 16000, true); // sample rate
  view.setUint32(28, 32000, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  if (fill) bytes.fill(fill, 44);
  ascii(44, marker);
  return bytes;
}

/** A WAV that plays `seconds`. */
export const wavOfSeconds = (seconds: number, options?: WavOptions) => makeWav(Math.round(seconds * 32000), options);
