/**
 * The `x-gateway-notes` note naming fields a client set that the model cannot honour (`temperature` on Whisper,
 * `formality` on m2m100, sampling fields on an image model): the request is served, and the note says what was
 * not applied. `why` is said in brackets. No note when nothing was ignored.
 */
export function ignoredFieldsNote(fields: Iterable<string>, why?: string): string[] {
  const names = [...new Set(fields)];
  if (names.length === 0) return [];
  return [`ignored${why ? ` (${why})` : ""}: ${names.join(", ")}`];
}
