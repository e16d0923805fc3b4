import { toBase64 } from "../bytes.ts";
import { hashString, hex8 } from "../hash.ts";
import type { TextToImageModel } from "../model.ts";
import { bytesOutput, jsonOutput, type Output } from "../output.ts";
import type { Obj } from "../validate.ts";
import { snippet } from "../words.ts";
import { encodeJpeg } from "./jpeg.ts";
import { encodePng } from "./png.ts";
import { readImageRequest } from "./validate-image.ts";

/**
 * Text to image in the model's output format: `png` (SD family) a PNG stream, `jpeg` (phoenix) a JPEG stream,
 * `base64-json` (flux-1-schnell, lucid-origin, FLUX.2) `{image: "<base64 JPEG>"}`. The picture depends on the
 * prompt and `seed`; a model that takes no seed (flux-1-schnell) draws a new picture on every call, as the
 * service does. The files say they are emulated (PNG tEXt, JPEG COM).
 */
export async function textToImage(model: TextToImageModel, inputs: Obj): Promise<Output> {
  const req = await readImageRequest(model, inputs);
  const draw = model.fields.seed ? (req.seed ?? "") : crypto.getRandomValues(new Uint32Array(1))[0];
  const seed = hashString(`${req.prompt}\n${draw}`);
  const label = `emulated by @wai/emulator: ${model.id}, prompt hash ${hex8(seed)}`;
  if (model.output === "png") {
    const text = {
      Software: "@wai/emulator (Workers AI offline)",
      Comment: label,
      Description: snippet(req.prompt, 200),
    };
    return bytesOutput(await encodePng(req.width, req.height, seed, text), "image/png");
  }
  const jpeg = encodeJpeg(req.width, req.height, seed, `${label}; prompt: ${snippet(req.prompt, 200)}`);
  return model.output === "jpeg" ? bytesOutput(jpeg, "image/jpeg") : jsonOutput({ image: toBase64(jpeg) });
}
