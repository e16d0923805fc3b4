import type { SmokeAnswer } from "../answer.ts";
import { imageKind } from "./image-kind.ts";
import { isNonEmptyString, isObject, must, okJson } from "./must.ts";

/** An `ImagesResponse` asked with `b64_json`: each of `count` images decodes to a PNG or JPEG. */
export function checkImages(answer: SmokeAnswer, count = 1): string {
  const body = okJson(answer);
  must(Number.isInteger(body.created), "no created timestamp");
  must(Array.isArray(body.data) && body.data.length === count, `expected ${count} image(s) in data`);
  const sizes = body.data.map((item: unknown, i: number) => {
    must(isObject(item) && isNonEmptyString(item.b64_json), `data[${i}].b64_json is missing`);
    const bytes = Buffer.from(item.b64_json, "base64");
    const kind = imageKind(bytes);
    must(kind, `data[${i}].b64_json is neither PNG nor JPEG`);
    return `${kind} ${Math.round(bytes.length / 1024)} KB`;
  });
  return sizes.join(", ");
}
