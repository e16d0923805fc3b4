import { ApiError } from "@wai/core";

/** What m2m100 reported in place of a translation, shown to the client at most this long. */
const SHOWN_CHARS = 200;

/**
 * m2m100's failure inside a 200: `{translated_text: "ERROR..."}` (callers in the wild, e.g.
 * jianchang512/translate-api, treat a `translated_text` starting with `ERROR` as a failure). An upstream fault
 * (502): retried once, never cached, never served as a translation.
 */
export class M2m100ErrorAnswer extends ApiError {
  constructor(readonly answer: string) {
    const shown = answer.length > SHOWN_CHARS ? `${answer.slice(0, SHOWN_CHARS)}…` : answer;
    super({
      status: 502,
      type: "upstream_error",
      code: "upstream_error",
      message: `Workers AI's m2m100 answered with an error in place of a translation: ${JSON.stringify(shown)}.`,
    });
  }
}
