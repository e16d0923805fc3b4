import type { SmokeAnswer } from "../answer.ts";
import { isNonEmptyString, isObject, must, okJson } from "./must.ts";
import { tokenUsage } from "./token-usage.ts";

/** A legacy `text_completion` with text in `choices[0].text` and token usage. */
export function checkCompletion(answer: SmokeAnswer): string {
  const body = okJson(answer);
  must(body.object === "text_completion", `object is ${JSON.stringify(body.object)}, expected "text_completion"`);
  const choice = Array.isArray(body.choices) ? body.choices[0] : undefined;
  must(isObject(choice) && isNonEmptyString(choice.text), "no text in choices[0].text");
  return tokenUsage(body.usage);
}
