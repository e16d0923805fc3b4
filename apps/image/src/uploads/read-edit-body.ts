import { badRequest, parseInput, readJson } from "@wai/core";
import { toInpaintingMask } from "../mask/to-inpainting-mask.ts";
import { ImageEditParams } from "../schemas/image-edit-params.ts";
import { checkBodySize } from "./check-body-size.ts";
import { formFields } from "./form-fields.ts";
import { toUploadBytes } from "./to-upload-bytes.ts";

export interface EditBody {
  params: ImageEditParams;
  image: Uint8Array;
  mask: Uint8Array | undefined;
}

const SOURCE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

/**
 * An edit request as OpenAI defines it: multipart form data (`image` or `image[]`, optional `mask`, text fields),
 * or JSON with the images as base64 (`image`, or `images: [{image_url}]`; `mask` as text or `{image_url}`).
 * The mask is a PNG, as OpenAI requires. One source image: the SD 1.5 models start from one.
 */
export async function readEditBody(request: Request): Promise<EditBody> {
  checkBodySize(request);
  const multipart = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  const { fields, images, mask } = multipart ? await fromForm(request) : await fromJson(request);
  if (images.length === 0) throw badRequest("Missing required parameter: 'image'.", "image");
  if (images.length > 1) {
    throw badRequest(`Got ${images.length} images; edits here start from exactly one.`, "image", "too_many_images");
  }
  const params = parseInput(ImageEditParams, fields);
  return {
    params,
    image: await toUploadBytes(images[0], "image", SOURCE_TYPES),
    mask: mask === undefined ? undefined : await toInpaintingMask(await toUploadBytes(mask, "mask", ["image/png"])),
  };
}

interface RawEdit {
  fields: Record<string, unknown>;
  images: unknown[];
  mask: unknown;
}

async function fromForm(request: Request): Promise<RawEdit> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest("The multipart body could not be read: send `multipart/form-data` with a boundary.");
  }
  const images = [...form.getAll("image"), ...form.getAll("image[]")];
  const mask = form.get("mask") ?? undefined;
  return { fields: formFields(form, ["image", "image[]", "mask"]), images, mask };
}

async function fromJson(request: Request): Promise<RawEdit> {
  const body = await readJson(request);
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw badRequest("The request body must be a JSON object.");
  const { image, images, mask, ...fields } = body as Record<string, unknown>;
  const listed = Array.isArray(images) ? images.map((entry) => imageUrlOf(entry, "images")) : [];
  if (images !== undefined && !Array.isArray(images)) throw badRequest("'images' must be an array.", "images");
  return {
    fields,
    images: image === undefined ? listed : [image, ...listed],
    mask: mask === undefined ? undefined : imageUrlOf(mask, "mask"),
  };
}

/** `{image_url: "data:..."}` (OpenAI's JSON edit shape) or a bare string. */
function imageUrlOf(entry: unknown, param: string): unknown {
  if (typeof entry === "string") return entry;
  if (entry && typeof entry === "object" && "image_url" in entry) return entry.image_url;
  if (entry && typeof entry === "object" && "file_id" in entry) {
    throw badRequest("File ids are not supported here: send the image as a base64 data URI.", param);
  }
  throw badRequest(`'${param}' must hold \`{image_url: "data:image/png;base64,..."}\`.`, param);
}
