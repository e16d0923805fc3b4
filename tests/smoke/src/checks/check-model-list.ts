import type { SmokeAnswer } from "../answer.ts";
import { isNonEmptyString, isObject, must, okJson } from "./must.ts";

/** `GET /v1/models`: a `list` of `model` objects that names every model in `expected`. */
export function checkModelList(answer: SmokeAnswer, expected: readonly string[]): string {
  const body = okJson(answer);
  must(body.object === "list" && Array.isArray(body.data), "not a list");
  const ids = new Set<string>();
  for (const [i, m] of body.data.entries()) {
    must(isObject(m) && m.object === "model" && isNonEmptyString(m.id), `data[${i}] is not a model object`);
    ids.add(m.id);
  }
  const missing = expected.filter((id) => !ids.has(id));
  must(missing.length === 0, `the list lacks ${missing.join(", ")}`);
  return `${ids.size} models`;
}
