import type { Model } from "@wai/catalog";
import { toBase64 } from "../bytes.ts";
import { hashString, hex8 } from "../hash.ts";
import { encodeJpeg } from "./jpeg.ts";
import { bytesOutput, jsonOutput, type Output } from "../output.ts";
import { encodePng } from "./png.ts";
import type { Obj } from "../validate.ts";
import { readImageRequest } from "./validate-image.ts";
import { snippet } from "../words.ts";

/**
 * Text to image in the model's output style: `png-bytes` (SD family) a PNG stream, `jpeg-bytes` (phoenix) a JPEG
 * stream, `base64-image-json` (flux-1-schnell, lucid-origin, FLUX.2) `{image: "<base64 JPEG>"}`. The picture
 * depends on the prompt and `seed`; the files say they are emulated (PNG tEXt, JPEG COM).
 */
export async function textToImage(model: Model, inputs: Obj): Promise<Output> {
  const req = await readImageRequest(model, inputs);
  const seed = hashString(`${req.prompt}\n${req.seed ?? ""}`);
  const label = `emulated by @wai/emulator: ${model.id}, prompt hash ${hex8(seed)}`;
  if (model.output === "png-bytes") {
    const text = {
      Software: "@wai/emulator (Workers AI offline)",
      Comment: label,
      Description: snippet(req.prompt, 200),
    };
    return bytesOutput(await encodePng(req.width, req.height, seed, text), "image/png");
  }
  const jpeg = encodeJpeg(req.width, req.height, seed, `${label}; prompt: ${snippet(req.prompt, 200)}`);
  return model.output === "jpeg-bytes" ? bytesOutput(jpeg, "image/jpeg") : jsonOutput({ image: toBase64(jpeg) });
}
