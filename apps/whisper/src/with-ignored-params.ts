import { withGatewayNotes } from "@wai/core";

/**
 * Says which fields the client set that the model has no use for (`temperature` on Whisper, `speed` on TTS):
 * the request still succeeds, since OpenAI clients send these by default, but nothing is dropped silently.
 */
export function withIgnoredParams(response: Response, ignored: readonly string[]): Response {
  return withGatewayNotes(response, ignored.length ? [`ignored: ${[...new Set(ignored)].join(", ")}`] : []);
}
