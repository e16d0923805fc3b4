import { withGatewayNotes } from "@wai/core";

/** A JSON response with the notes, if any, in the gateway's `x-gateway-notes` header. */
export function jsonWithNotes(body: unknown, notes: readonly string[]): Response {
  return withGatewayNotes(Response.json(body), notes);
}
