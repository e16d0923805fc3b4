import type { SmokeAnswer } from "../answer.ts";
import { isNonEmptyString, must, okJson } from "./must.ts";

/** DeepLX's answer: `code: 200`, the translation in `data`, and the languages echoed. */
export function checkDeepLx(answer: SmokeAnswer, { source, target }: { source: string; target: string }): string {
  const body = okJson(answer);
  must(body.code === 200, `code is ${JSON.stringify(body.code)}, expected 200`);
  must(isNonEmptyString(body.data), `data is ${JSON.stringify(body.data)}`);
  must(!/^ERROR/i.test(body.data), `data is an upstream error: ${body.data.slice(0, 200)}`);
  must(body.source_lang === source, `source_lang ${JSON.stringify(body.source_lang)}, expected ${source}`);
  must(body.target_lang === target, `target_lang ${JSON.stringify(body.target_lang)}, expected ${target}`);
  return `${body.data.length} chars`;
}
