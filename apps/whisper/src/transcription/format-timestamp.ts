/**
 * Seconds as `HH:MM:SS,mmm` (SRT, `marker` ",") or `HH:MM:SS.mmm` (WebVTT, "."), hours always written, as
 * whisper's own writers do (`format_timestamp(always_include_hours=True)`). Rounded to the millisecond.
 */
export function formatTimestamp(seconds: number, marker: "," | "."): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const secs = Math.floor(ms / 1000) % 60;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(hours)}:${pad(minutes)}:${pad(secs)}${marker}${pad(ms % 1000, 3)}`;
}
