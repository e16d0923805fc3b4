import type { SmokeAnswer } from "../answer.ts";
import { isNonEmptyString, isObject, must, okJson } from "./must.ts";

/** DeepL's `/v2/translate` answer: one translation per text, each with its detected source language. */
export function checkDeepL(answer: SmokeAnswer, { count, source }: { count: number; source: string }): string {
  const body = okJson(answer);
  const list = body.translations;
  must(Array.isArray(list) && list.length === count, `expected ${count} translations: ${JSON.stringify(body)}`);
  for (const [i, t] of list.entries()) {
    must(isObject(t) && isNonEmptyString(t.text), `translations[${i}].text is missing`);
    must(!/^ERROR/i.test(t.text), `translations[${i}] is an upstream error: ${t.text.slice(0, 200)}`);
    must(t.detected_source_language === source, `translations[${i}].detected_source_language is not ${source}`);
  }
  return `${list.length} texts`;
}
