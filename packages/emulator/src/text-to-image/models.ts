import type { Range, TextToImageModel } from "../model.ts";

const int = (min?: number, max?: number): Range => ({
  integer: true,
  ...(min !== undefined ? { min } : {}),
  ...(max !== undefined ? { max } : {}),
});

/**
 * The Stable Diffusion family (`BaseAiTextToImage` / `AiTextToImageInput`, reference §2.4): size 256–2048,
 * `num_steps` ≤ 20, `strength` 0–1, `image` / `image_b64` / `mask` listed for every model of the type.
 * Default sizes are not published: 1024 (SDXL) and 512 (SD 1.5) are the emulator's choice.
 */
const stableDiffusion = (
  id: string,
  defaultSize: number,
  source = "AiModels: BaseAiTextToImage",
): TextToImageModel => ({
  id,
  source: `${source}; reference §2.4 (num_steps ≤ 20, size 256–2048)`,
  task: "text-to-image",
  request: "json",
  output: "png",
  fields: {
    negative_prompt: true,
    width: int(256, 2048),
    height: int(256, 2048),
    num_steps: int(1, 20),
    strength: { min: 0, max: 1 },
    guidance: {},
    seed: int(),
    image: true,
    image_b64: true,
    mask: true,
  },
  defaultSize,
});

/**
 * FLUX.2 (`{multipart: {body, contentType}}`, reference §2.4): width/height 256–1920 (changelog 2025-11-25,
 * Addendum). The step range is not published (klein runs a fixed 4): any positive integer is taken.
 */
const flux2 = (id: string, type: string): TextToImageModel => ({
  id,
  source: `AiModels: ${type} (multipart); changelog 2025-11-25 (256–1920)`,
  task: "text-to-image",
  request: "multipart",
  output: "base64-json",
  fields: { width: int(256, 1920), height: int(256, 1920), steps: int(1), seed: int(), guidance: {} },
  defaultSize: 1024,
});

export const TEXT_TO_IMAGE_MODELS: readonly TextToImageModel[] = [
  stableDiffusion("@cf/stabilityai/stable-diffusion-xl-base-1.0", 1024),
  stableDiffusion("@cf/bytedance/stable-diffusion-xl-lightning", 1024),
  stableDiffusion("@cf/lykon/dreamshaper-8-lcm", 512),
  stableDiffusion("@cf/runwayml/stable-diffusion-v1-5-img2img", 512, "stable-diffusion-v1-5-img2img.json"),
  stableDiffusion("@cf/runwayml/stable-diffusion-v1-5-inpainting", 512),
  {
    id: "@cf/black-forest-labs/flux-1-schnell",
    // `{prompt (≤ 2048), steps? (≤ 8)}`, additionalProperties false; no seed, so every call draws anew.
    source: "AiModels: Ai_Cf_Black_Forest_Labs_Flux_1_Schnell_Input; flux-1-schnell.json (Addendum)",
    task: "text-to-image",
    request: "json",
    output: "base64-json",
    fields: { steps: int(1, 8) },
    closed: true,
    maxPromptChars: 2048,
    defaultSize: 1024, // no size control; the size it answers is not published
  },
  flux2("@cf/black-forest-labs/flux-2-dev", "Ai_Cf_Black_Forest_Labs_Flux_2_Dev_Input"),
  flux2("@cf/black-forest-labs/flux-2-klein-4b", "Ai_Cf_Black_Forest_Labs_Flux_2_Klein_4B_Input"),
  flux2("@cf/black-forest-labs/flux-2-klein-9b", "Ai_Cf_Black_Forest_Labs_Flux_2_Klein_9B_Input"),
  {
    id: "@cf/leonardo/phoenix-1.0",
    source: "AiModels: Ai_Cf_Leonardo_Phoenix_1_0_Input; phoenix-1.0.json (reference §2.4, Addendum)",
    task: "text-to-image",
    request: "json",
    output: "jpeg",
    fields: {
      guidance: { min: 2, max: 10 },
      seed: int(0),
      width: int(0, 2048),
      height: int(0, 2048),
      num_steps: int(1, 50),
      negative_prompt: true,
    },
    negativePromptMinLength: 1,
    defaultSize: 1024,
  },
  {
    id: "@cf/leonardo/lucid-origin",
    // No `negative_prompt` in the type or the schema (Addendum).
    source: "AiModels: Ai_Cf_Leonardo_Lucid_Origin_Input; lucid-origin.json (reference §2.4)",
    task: "text-to-image",
    request: "json",
    output: "base64-json",
    fields: {
      guidance: { min: 0, max: 10 },
      seed: int(),
      width: int(0, 2500),
      height: int(0, 2500),
      num_steps: int(1, 40),
      steps: int(1, 40),
    },
    defaultSize: 1120,
  },
];
