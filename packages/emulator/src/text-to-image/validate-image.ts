import { badInput } from "../ai-error.ts";
import { findFaults, throwFaultError } from "../faults.ts";
import type { ImageField, Range, TextToImageModel } from "../model.ts";
import { missing, type Obj, onlyKeys, readNumber, readString, typeMismatch } from "../validate.ts";

export interface ImageRequest {
  prompt: string;
  width: number;
  height: number;
  seed?: number;
}

/** Fields some text-to-image schema lists: one a model's schema leaves out is refused as an additional property. */
const IMAGE_FIELDS: readonly ImageField[] = [
  "negative_prompt",
  "width",
  "height",
  "num_steps",
  "steps",
  "guidance",
  "seed",
  "strength",
  "image",
  "image_b64",
  "mask",
];

/**
 * Text-to-image input checked against the model's own field list (reference §2.4, Addendum): ranges, the
 * `negative_prompt` minLength, `additionalProperties: false` (flux-1-schnell: only `prompt` and `steps`), and
 * any image field the model's schema does not list (lucid-origin's `negative_prompt`) refused with 5006.
 * FLUX.2 takes its fields as a multipart form only.
 */
export async function readImageRequest(model: TextToImageModel, raw: Obj): Promise<ImageRequest> {
  const inputs = model.request === "multipart" ? await readMultipart(raw) : raw;
  const allowed = ["prompt", ...Object.keys(model.fields)];
  if (model.closed) onlyKeys(inputs, allowed);
  else onlyKeys(pick(inputs, IMAGE_FIELDS), allowed);
  const prompt = readString(inputs, "prompt", { required: true, min: 1, max: model.maxPromptChars }) ?? "";
  for (const [key, rule] of Object.entries(model.fields) as [ImageField, Range | true][]) {
    if (rule !== true) readNumber(inputs, key, rule);
  }
  if (model.fields.negative_prompt) readString(inputs, "negative_prompt", { min: model.negativePromptMinLength ?? 0 });
  for (const key of ["image", "mask"] as const) {
    const value = inputs[key];
    if (model.fields[key] && value !== undefined && !Array.isArray(value))
      throw typeMismatch(`/${key}`, "array", value);
  }
  if (model.fields.image_b64) readString(inputs, "image_b64");
  const seed = model.fields.seed ? (inputs.seed as number | undefined) : undefined;
  return {
    prompt,
    width: (inputs.width as number | undefined) || model.defaultSize,
    height: (inputs.height as number | undefined) || model.defaultSize,
    ...(seed !== undefined ? { seed } : {}),
  };
}

function pick(obj: Obj, keys: readonly string[]): Obj {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keys.includes(k)));
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
