/** Header naming what was served differently from what was asked (ignored fields, a Chinese variant). */
export const NOTES_HEADER = "x-translate-notes";

/** A JSON response with the notes, if any, in `x-translate-notes` (ASCII only: header values must be). */
export function jsonWithNotes(body: unknown, notes: readonly string[]): Response {
  const response = Response.json(body);
  if (notes.length) response.headers.set(NOTES_HEADER, notes.join("; ").replace(/[^\x20-\x7e]/g, "?"));
  return response;
}
