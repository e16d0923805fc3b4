/** OpenAI's limit for whisper-1 uploads: 25 MiB. */
export const DEFAULT_MAX_AUDIO_BYTES = 25 * 1024 * 1024;

/** `MAX_AUDIO_BYTES` as a positive integer; a malformed value throws loudly (a deployment mistake). */
export function maxAudioBytes(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return DEFAULT_MAX_AUDIO_BYTES;
  if (!/^\d+$/.test(text) || Number(text) <= 0) {
    throw new Error(`MAX_AUDIO_BYTES must be a positive number of bytes, not "${value}"`);
  }
  return Number(text);
}
