/**
 * OneAPI reads SSE with a 64 KB line limit (clients.md §1): text longer than `max` UTF-16 units is sent in
 * several deltas. 8,000 units stay under 64 KB once JSON-escaped, even at 6 bytes a unit; a surrogate pair is
 * never split.
 */
export const MAX_DELTA_UNITS = 8000;

export function splitText(text: string, max = MAX_DELTA_UNITS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + max, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}
