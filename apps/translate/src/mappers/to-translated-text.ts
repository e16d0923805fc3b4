import { ApiError } from "@wai/core";
import { M2m100ErrorAnswer } from "./m2m100-error-answer.ts";

/**
 * m2m100's output `{translated_text}` as the translation of `sent` (the segment's text). Quirks: the binding
 * returns the bare object while REST wraps it in `{result}` (unwrapped by the AI client); anything without a
 * string `translated_text` is an upstream fault (502), never passed to the client as an empty translation; and
 * m2m100 reports some failures inside a 200 as `{translated_text: "ERROR..."}` (`M2m100ErrorAnswer`), unless
 * the text sent starts with `ERROR` itself (an English log line comes back unchanged).
 */
export function toTranslatedText(output: unknown, sent: string): string {
  if (output && typeof output === "object" && "translated_text" in output) {
    const text = output.translated_text;
    if (typeof text === "string") {
      if (text.startsWith("ERROR") && !sent.trimStart().startsWith("ERROR")) throw new M2m100ErrorAnswer(text);
      return text;
    }
  }
  throw new ApiError({
    status: 502,
    type: "upstream_error",
    code: "upstream_error",
    message: "Workers AI answered the translation without a `translated_text` string.",
  });
}
