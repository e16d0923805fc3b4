import { withGatewayNotes } from "@wai/core";

/**
 * Says which fields the client set that the model has no use for (`temperature` on Whisper, `speed` on TTS):
 * the request still succeeds, since OpenAI clients send these by default, but nothing is dropped silently. `notes` are the model resolution's (a retired id's successor...).
 */
export function withIgnoredParams(
  response: Response,
  ignored: readonly string[],
  notes: readonly string[] = [],
): Response {
  return withGatewayNotes(response, [
    ...notes,
    ...(ignored.length ? [`ignored: ${[...new Set(ignored)].join(", ")}`] : []),
  ]);
}
