import type { ResolvedModels } from "@wai/catalog";
import type { GatewayRequest } from "@wai/core";
import { aiClientFor, serveWithFallbacks } from "@wai/core";
import { checkOutputFormat } from "./check-output-format.ts";
import { deliverImages } from "./deliver-images.ts";
import type { Env } from "./env.ts";
import type { ImageRequest } from "./image-request.ts";
import { planImages } from "./plan-images.ts";
import { imageBucket } from "./storage/image-bucket.ts";
import { publicBaseUrl } from "./storage/image-url.ts";
import { type ImagesResponse, toImagesResponse } from "./to-images-response.ts";
import { generateImages } from "./upstream/generate-images.ts";

export interface ImageDelivery {
  response_format?: "url" | "b64_json" | null | undefined;
  output_format?: "png" | "jpeg" | "webp" | null | undefined;
}

/**
 * The images routes' common path: refuse what the model cannot do, run the n calls, deliver each image as the
 * client asked (`url` by default, as OpenAI's dall-e models) and shape OpenAI's `ImagesResponse`, with the notes
 * for `x-gateway-notes`. Runs on the request's model, then down its `MODEL_FALLBACKS` ladder (see `serveWithFallbacks`).
 */
export async function makeImages(
  request: GatewayRequest,
  env: Env,
  resolved: ResolvedModels,
  req: ImageRequest,
  delivery: ImageDelivery,
): Promise<{ body: ImagesResponse; notes: string[] }> {
  const ai = aiClientFor(request, env);
  const served = await serveWithFallbacks(resolved, async (model) => {
    const { plan, inputs, notes } = planImages(model, req);
    checkOutputFormat(model, delivery.output_format);
    const images = await generateImages(ai, model, inputs, req.image !== undefined);
    checkOutputFormat(model, delivery.output_format, images);
    return { plan, images, notes };
  });
  const { model } = served;
  const { plan, images, notes } = served.value;
  const store =
    (delivery.response_format ?? "url") === "url"
      ? { bucket: imageBucket(env), baseUrl: publicBaseUrl(request, env.PUBLIC_BASE_URL), model, prompt: req.prompt }
      : undefined;
  const data = await deliverImages(images, store);
  return { body: toImagesResponse(data, images, plan.size), notes: [...served.notes, ...notes] };
}
