import { type GatewayRequest, parseInput, readJson } from "@wai/core";
import type { Env } from "../env.ts";
import { makeImages } from "../make-images.ts";
import { resolveImageModel } from "../resolve-image-model.ts";
import { ImageGenerateParams } from "../schemas/image-generate-params.ts";

/** `POST /v1/images/generations`: OpenAI's image generation on a Workers AI text-to-image model. */
export async function createImageHandler(request: GatewayRequest, env: Env): Promise<Response> {
  const params = parseInput(ImageGenerateParams, await readJson(request));
  const model = resolveImageModel(params.model, env);
  const body = await makeImages(
    request,
    env,
    model,
    {
      prompt: params.prompt,
      n: params.n ?? 1,
      size: params.size,
      quality: params.quality,
      steps: params.steps,
      negative_prompt: params.negative_prompt,
      seed: params.seed,
      guidance: params.guidance,
    },
    params,
  );
  return Response.json(body);
}
