/**
 * The response header that says what the gateway served differently from what was asked: fields the client
 * set that the model cannot honour (`temperature` on Whisper, `formality` on m2m100), a language variant it
 * cannot make. Requests still succeed (clients send such fields by default), but nothing is dropped silently.
 * Exposed to browsers by CORS.
 */
export const GATEWAY_NOTES_HEADER = "x-gateway-notes";

const NOT_ASCII = /[^\x20-\x7e]/;

/** Adds the notes, if any, to a response whose headers are still mutable. ASCII only, as headers must be. */
export function withGatewayNotes(response: Response, notes: readonly string[]): Response {
  if (notes.length === 0) return response;
  const joined = notes.length === 1 ? (notes[0] as string) : [...new Set(notes)].join("; ");
  const text = NOT_ASCII.test(joined) ? joined.replace(/[^\x20-\x7e]/g, "?") : joined;
  response.headers.set(GATEWAY_NOTES_HEADER, text);
  return response;
}
