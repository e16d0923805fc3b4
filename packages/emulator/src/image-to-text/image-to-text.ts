import { hashString, seededRandom } from "../hash.ts";
import type { ImageToTextModel } from "../model.ts";
import { jsonOutput, type Output } from "../output.ts";
import { missing, type Obj, readNumber, readString, typeMismatch } from "../validate.ts";
import { phrase, snippet } from "../words.ts";

/** llava / uform: `{image: number[] | string, prompt?, max_tokens? = 512}` → `{description}` (reference §2.2). */
export function imageToText(model: ImageToTextModel, inputs: Obj): Output {
  const image = inputs.image;
  if (image === undefined) throw missing("/", ["image"]);
  if (!Array.isArray(image) && typeof image !== "string") throw typeMismatch("/image", "array", image);
  const prompt = readString(inputs, "prompt") ?? "";
  const maxTokens = readNumber(inputs, "max_tokens", { integer: true, min: 1 }) ?? model.defaultMaxTokens;
  const head = Array.isArray(image) ? image.slice(0, 4) : [...image.slice(0, 4)].map((c) => c.charCodeAt(0));
  const format =
    head[0] === 0x89 && head[1] === 0x50 ? "PNG" : head[0] === 0xff && head[1] === 0xd8 ? "JPEG" : "unknown";
  const rand = seededRandom(hashString(`${model.id}\n${prompt}\n${image.length}`));
  const description = `[emulated ${model.id}] A ${format} image of ${image.length} bytes. You asked: "${snippet(prompt)}". ${phrase(rand, 10)}.`;
  return jsonOutput({ description: description.slice(0, maxTokens * 4) });
}
