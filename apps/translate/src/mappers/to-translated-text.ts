import { ApiError } from "@wai/core";

/**
 * m2m100's output `{translated_text}` as the translation. Quirk: the binding returns the bare object while
 * REST wraps it in `{result}` (unwrapped by the AI client); anything without a string `translated_text` is an
 * upstream fault (502), never passed to the client as an empty translation.
 */
export function toTranslatedText(output: unknown): string {
  if (output && typeof output === "object" && "translated_text" in output) {
    const text = output.translated_text;
    if (typeof text === "string") return text;
  }
  throw new ApiError({
    status: 502,
    type: "upstream_error",
    code: "upstream_error",
    message: "Workers AI answered the translation without a `translated_text` string.",
  });
}
