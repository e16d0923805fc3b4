import { type GatewayRequest, parseInput, readJson, withGatewayNotes } from "@wai/core";
import type { Env } from "../env.ts";
import { toImageRequest } from "../image-request.ts";
import { makeImages } from "../make-images.ts";
import { resolveImageModel } from "../resolve-image-model.ts";
import { ImageGenerateParams } from "../schemas/image-generate-params.ts";

/** `POST /v1/images/generations`: OpenAI's image generation on a Workers AI text-to-image model. */
export async function createImageHandler(request: GatewayRequest, env: Env): Promise<Response> {
  const params = parseInput(ImageGenerateParams, await readJson(request));
  const models = resolveImageModel(params.model, env);
  const { body, notes } = await makeImages(request, env, models, toImageRequest(params), params);
  return withGatewayNotes(Response.json(body), notes);
}
