/** The response header naming request fields the gateway accepted but could not honour. */
export const IGNORED_PARAMS_HEADER = "x-wai-ignored-params";

/**
 * Says which fields the client set that the model has no use for (`temperature` on Whisper, `speed` on TTS):
 * the request still succeeds, since OpenAI clients send these by default, but nothing is dropped silently.
 */
export function withIgnoredParams(response: Response, ignored: readonly string[]): Response {
  if (ignored.length === 0) return response;
  response.headers.set(IGNORED_PARAMS_HEADER, [...new Set(ignored)].join(", "));
  return response;
}
