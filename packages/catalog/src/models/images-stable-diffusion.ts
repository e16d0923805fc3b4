import type { Model } from "../model.ts";
import { defineModel, type ModelSpec } from "./define-model.ts";

type ImageSpec = Omit<ModelSpec, "task" | "input" | "output" | "fromOriginalGuide">;

/**
 * The original guide's Stable Diffusion family: `{prompt, negative_prompt, width, height, num_steps, guidance,
 * seed, image?, mask?, strength?}` in, binary PNG out; `num_steps` at most 20 (reference §2.4).
 */
const stableDiffusion = (spec: ImageSpec): Model =>
  defineModel({
    task: "text-to-image",
    input: "stable-diffusion",
    output: "png-bytes",
    fromOriginalGuide: true,
    ...spec,
    // AiTextToImageInput (workers-types): negative_prompt and seed on every member of the family.
    capabilities: { size: true, negativePrompt: true, seed: true, ...spec.capabilities },
  });

// Sizes: width and height 256–2048; defaults UNCONFIRMED (1024 for SDXL, 512 for SD 1.5 models).
const sdxl = { maxSteps: 20, defaultSize: 1024, minSize: 256, maxSize: 2048 } as const;
const sd15 = { maxSteps: 20, defaultSize: 512, minSize: 256, maxSize: 2048 } as const;

export const STABLE_DIFFUSION_MODELS: readonly Model[] = [
  stableDiffusion({
    id: "@cf/stabilityai/stable-diffusion-xl-base-1.0",
    created: "2023-11",
    // Stable Diffusion XL base 1.0.
    limits: { ...sdxl, defaultSteps: 20 },
  }),
  stableDiffusion({
    id: "@cf/bytedance/stable-diffusion-xl-lightning",
    created: "2024-02",
    // SDXL-Lightning: SDXL distilled to draw in a few steps.
    aliases: ["dall-e-2"], // fast and cheap, like dall-e-2 next to dall-e-3
    // Distilled for 1–8 steps: Workers AI's default of 20 only spends more of the daily step budget.
    limits: { ...sdxl, defaultSteps: 8 },
  }),
  stableDiffusion({
    id: "@cf/lykon/dreamshaper-8-lcm",
    created: "2024-02",
    // DreamShaper 8 (SD 1.5) with a latent consistency model: photorealistic, in a few steps.
    limits: { ...sd15, defaultSteps: 8 }, // LCM: 4–8 steps suffice
  }),
  stableDiffusion({
    id: "@cf/runwayml/stable-diffusion-v1-5-img2img",
    created: "2024-02",
    // Stable Diffusion 1.5, image to image: `image` plus `strength`.
    capabilities: { imageInput: true },
    limits: { ...sd15, defaultSteps: 20 },
  }),
  stableDiffusion({
    id: "@cf/runwayml/stable-diffusion-v1-5-inpainting",
    created: "2024-02",
    // Stable Diffusion 1.5, inpainting: repaints the `mask`ed part of `image`.
    capabilities: { imageInput: true, mask: true },
    limits: { ...sd15, defaultSteps: 20 },
  }),
];
