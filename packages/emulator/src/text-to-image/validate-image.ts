import type { Model } from "@wai/catalog";
import { badInput } from "../ai-error.ts";
import { findFaults, throwFaultError } from "../faults.ts";
import { missing, type Obj, onlyKeys, readNumber, readString, typeMismatch } from "../validate.ts";

export interface ImageRequest {
  prompt: string;
  width: number;
  height: number;
  seed?: number;
}

/**
 * Text-to-image input by style (reference §2.4): flux-1-schnell takes only `prompt` and `steps` (≤ 8;
 * additionalProperties false, so `width`/`height`/`seed` fail); the SD family takes size, `num_steps` ≤ 20 and,
 * where the model can, `image`/`image_b64`/`mask`; leonardo models take size and steps; FLUX.2 takes multipart only.
 */
export async function readImageRequest(model: Model, raw: Obj): Promise<ImageRequest> {
  const inputs = model.input === "flux-2-multipart" ? await readMultipart(raw) : raw;
  const { limits, capabilities } = model;
  if (model.input === "flux-schnell") onlyKeys(inputs, ["prompt", "steps"]);
  const prompt = readString(inputs, "prompt", { required: true, min: 1, max: limits.maxPromptChars }) ?? "";
  const maxSteps =
    limits.maxSteps ?? (model.input === "flux-schnell" ? 8 : model.input === "stable-diffusion" ? 20 : 50);
  readNumber(inputs, model.input === "stable-diffusion" ? "num_steps" : "steps", {
    integer: true,
    min: 1,
    max: maxSteps,
  });
  if (model.input === "leonardo") readNumber(inputs, "num_steps", { integer: true, min: 1, max: maxSteps });
  if (model.input === "flux-schnell")
    return { prompt, width: limits.defaultSize ?? 1024, height: limits.defaultSize ?? 1024 };

  readString(inputs, "negative_prompt");
  readNumber(inputs, "guidance", { min: 0 });
  readNumber(inputs, "strength", { min: 0, max: 1 });
  const seed = readNumber(inputs, "seed", { integer: true, min: 0 });
  const size = {
    integer: true,
    min: limits.minSize ?? (model.input === "stable-diffusion" ? 256 : 0),
    max: limits.maxSize ?? 2048,
  };
  const width = readNumber(inputs, "width", size) || (limits.defaultSize ?? 1024);
  const height = readNumber(inputs, "height", size) || (limits.defaultSize ?? 1024);
  if (model.input === "stable-diffusion") checkSourceImages(inputs, !!capabilities.imageInput, !!capabilities.mask);
  return { prompt, width, height, ...(seed !== undefined ? { seed } : {}) };
}

function checkSourceImages(inputs: Obj, imageInput: boolean, mask: boolean): void {
  const refused = ["image", "image_b64", "mask"].filter(
    (k) => inputs[k] !== undefined && !(k === "mask" ? mask : imageInput),
  );
  if (refused.length) onlyKeys(Object.fromEntries(refused.map((k) => [k, true])), []);
  for (const key of ["image", "mask"]) {
    const value = inputs[key];
    if (value !== undefined && !Array.isArray(value)) throw typeMismatch(`/${key}`, "array", value);
  }
  readString(inputs, "image_b64");
}

/** FLUX.2 needs `{multipart: {body, contentType}}` (a serialized FormData), even for a prompt alone. */
async function readMultipart(inputs: Obj): Promise<Obj> {
  const multipart = inputs.multipart as { body?: unknown; contentType?: unknown } | undefined;
  if (!multipart) throw missing("/", ["multipart"]);
  if (!(multipart.body instanceof ReadableStream) || typeof multipart.contentType !== "string")
    throw badInput("'/multipart' must be {body: ReadableStream, contentType: string}");
  let form: FormData;
  try {
    form = await new Response(multipart.body, { headers: { "content-type": multipart.contentType } }).formData();
  } catch {
    throw badInput("'/multipart' is not multipart/form-data");
  }
  const out: Obj = {};
  for (const [key, value] of form) {
    if (typeof value !== "string") continue; // input_image_N files
    out[key] = ["width", "height", "steps", "seed", "guidance"].includes(key) ? Number(value) : value;
  }
  throwFaultError(findFaults(out)); // markers in a multipart prompt
  return out;
}
