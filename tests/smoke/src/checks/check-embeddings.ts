import type { SmokeAnswer } from "../answer.ts";
import { isObject, must, okJson } from "./must.ts";
import { tokenUsage } from "./token-usage.ts";

/** A `list` of `count` embeddings, in order, each the same length of finite numbers, with token usage. */
export function checkEmbeddings(answer: SmokeAnswer, count: number): string {
  const body = okJson(answer);
  must(body.object === "list", `object is ${JSON.stringify(body.object)}, expected "list"`);
  must(Array.isArray(body.data) && body.data.length === count, `expected ${count} embeddings`);
  let size: number | undefined;
  body.data.forEach((item: unknown, i: number) => {
    must(isObject(item) && item.object === "embedding" && item.index === i, `data[${i}] is not embedding ${i}`);
    const vector = item.embedding;
    must(Array.isArray(vector) && vector.length > 0, `data[${i}].embedding is not a non-empty array`);
    must(
      vector.every((x) => typeof x === "number" && Number.isFinite(x)),
      `data[${i}].embedding holds a non-number`,
    );
    size ??= vector.length;
    must(vector.length === size, `data[${i}] has ${vector.length} dimensions, data[0] has ${size}`);
  });
  return `${tokenUsage(body.usage, { output: false })}, ${size} dims`;
}
