import { drawRandom } from "../draw-random.ts";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A random id in OpenAI's style: `prefix` then `length` letters and digits (`call_…`, `cmpl-…`, `resp_…`). */
export function newId(prefix: string, length = 24): string {
  const bytes = drawRandom(length);
  let out = prefix;
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] as number) % 62];
  return out;
}
