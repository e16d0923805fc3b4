/**
 * The response header that says what the gateway served differently from what was asked: fields the client
 * set that the model cannot honour (`temperature` on Whisper, `formality` on m2m100), a language variant it
 * cannot make. Requests still succeed (clients send such fields by default), but nothing is dropped silently.
 * Exposed to browsers by CORS.
 */
export const GATEWAY_NOTES_HEADER = "x-gateway-notes";

/** Adds the notes, if any, to a response whose headers are still mutable. ASCII only, as headers must be. */
export function withGatewayNotes(response: Response, notes: readonly string[]): Response {
  if (notes.length === 0) return response;
  const text = [...new Set(notes)].join("; ").replace(/[^\x20-\x7e]/g, "?");
  response.headers.set(GATEWAY_NOTES_HEADER, text);
  return response;
}
