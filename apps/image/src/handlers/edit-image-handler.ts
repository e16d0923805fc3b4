import { type GatewayRequest, withGatewayNotes } from "@wai/core";
import type { Env } from "../env.ts";
import { toImageRequest } from "../image-request.ts";
import { makeImages } from "../make-images.ts";
import { resolveImageModel } from "../resolve-image-model.ts";
import { readEditBody } from "../uploads/read-edit-body.ts";

/** Without a `model`: Stable Diffusion 1.5 img2img, or its inpainting sibling when a mask is sent. */
export const DEFAULT_EDIT_MODEL = "@cf/runwayml/stable-diffusion-v1-5-img2img";
export const DEFAULT_INPAINT_MODEL = "@cf/runwayml/stable-diffusion-v1-5-inpainting";

/** `POST /v1/images/edits`: img2img (with `strength`) and inpainting (with `mask`), multipart or JSON. */
export async function editImageHandler(request: GatewayRequest, env: Env): Promise<Response> {
  const { params, image, mask } = await readEditBody(request);
  const models = resolveImageModel(params.model || (mask ? DEFAULT_INPAINT_MODEL : DEFAULT_EDIT_MODEL), env);
  const { body, notes } = await makeImages(request, env, models, { ...toImageRequest(params), image, mask }, params);
  return withGatewayNotes(Response.json(body), notes);
}
