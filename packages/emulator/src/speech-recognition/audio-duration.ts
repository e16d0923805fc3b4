const MP3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];

/**
 * How long some audio plays, without decoding it: exact for PCM WAV, from the first frame's bit rate for MP3
 * (after an ID3 tag), else as if it were 128 kbit/s.
 */
export function audioSeconds(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  if (bytes.length > 44 && ascii(0, 4) === "RIFF" && ascii(8, 4) === "WAVE") {
    const byteRate = view.getUint32(28, true);
    if (byteRate > 0) return (bytes.length - 44) / byteRate;
  }
  let offset = 0;
  if (bytes.length > 10 && ascii(0, 3) === "ID3") {
    offset = 10 + (((bytes[6] ?? 0) << 21) | ((bytes[7] ?? 0) << 14) | ((bytes[8] ?? 0) << 7) | (bytes[9] ?? 0));
  }
  if (bytes[offset] === 0xff && ((bytes[offset + 1] ?? 0) & 0xfe) === 0xfa) {
    const kbps = MP3_KBPS[(bytes[offset + 2] ?? 0) >> 4];
    if (kbps) return ((bytes.length - offset) * 8) / (kbps * 1000);
  }
  return bytes.length / 16000;
}
