/**
 * Workers AI's image inputs, one per catalog input style, as Cloudflare publishes them (`AiModels` in
 * `@cloudflare/workers-types` 5.20261117.1): every mapper's result has one of these types, so a shape Cloudflare
 * does not document fails `pnpm typecheck`.
 */

/**
 * `stable-diffusion`: `AiTextToImageInput`, shared by SDXL base, SDXL-Lightning, DreamShaper 8 LCM and SD 1.5
 * inpainting in `AiModels`. SD 1.5 img2img is missing from `AiModels`; its published schema
 * (cloudflare-docs `stable-diffusion-v1-5-img2img.json`) lists the same fields, so it gets the same type.
 */
export type StableDiffusionInput = AiModels["@cf/stabilityai/stable-diffusion-xl-base-1.0"]["inputs"];
/** `flux-schnell`: `{prompt, steps?}` only. */
export type FluxSchnellInput = AiModels["@cf/black-forest-labs/flux-1-schnell"]["inputs"];
/** `flux-2-multipart`: `{multipart: {body, contentType}}`, the same type for dev, klein 4B and klein 9B. */
export type Flux2Input =
  | AiModels["@cf/black-forest-labs/flux-2-dev"]["inputs"]
  | AiModels["@cf/black-forest-labs/flux-2-klein-4b"]["inputs"]
  | AiModels["@cf/black-forest-labs/flux-2-klein-9b"]["inputs"];
/** `leonardo` with a negative prompt (catalog `capabilities.negativePrompt`). */
export type PhoenixInput = AiModels["@cf/leonardo/phoenix-1.0"]["inputs"];
/** `leonardo` without one. */
export type LucidOriginInput = AiModels["@cf/leonardo/lucid-origin"]["inputs"];

export type UpstreamImageInput = StableDiffusionInput | FluxSchnellInput | Flux2Input | PhoenixInput | LucidOriginInput;

/**
 * The fields of FLUX.2's multipart form. The published type says only `body?: object`; the fields are those of
 * Cloudflare's flux-2-dev / klein examples and model pages (reference §2.4): `steps` on dev only (klein runs a
 * fixed 4), sides 256–1920 (changelog 2025-11-25), up to 4 reference images `input_image_0` … `input_image_3`.
 * Numbers travel as form strings.
 */
export interface Flux2FormFields {
  prompt: string;
  width?: number | undefined;
  height?: number | undefined;
  steps?: number | undefined;
  seed?: number | undefined;
  guidance?: number | undefined;
  input_image_0?: Uint8Array | undefined;
}
