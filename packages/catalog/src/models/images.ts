import type { Model } from "../model.ts";
import { defineModel } from "./define-model.ts";

// FLUX and Leonardo. Prices are per 512×512 tile plus per step, in neurons.
export const IMAGE_MODELS: readonly Model[] = [
  defineModel({
    id: "@cf/black-forest-labs/flux-1-schnell",
    task: "text-to-image",
    created: "2024-08",
    // FLUX.1 [schnell]: fast, good prompt adherence. Takes a prompt and steps only: no size, no seed.
    aliases: ["dall-e-3"], // the default quality image model, as dall-e-3 is OpenAI's
    input: "flux-schnell",
    output: "base64-image-json", // JPEG
    // Published type: {prompt, steps} only (additionalProperties false): no negative prompt, no seed.
    capabilities: { size: false, negativePrompt: false, seed: false },
    limits: { maxSteps: 8, defaultSteps: 4, maxPromptChars: 2048 },
    price: { perUnit: { neurons: 4.8, unit: "512×512 tile, plus 9.6 neurons per step" } },
  }),
  defineModel({
    id: "@cf/black-forest-labs/flux-2-dev",
    task: "text-to-image",
    created: "2025-11-25",
    // FLUX.2 [dev]: high quality, edits and combines up to 4 reference images. Multipart input.
    aliases: ["gpt-image-1"], // OpenAI's model that both draws and edits
    input: "flux-2-multipart",
    output: "base64-image-json",
    capabilities: { imageInput: true, size: true, negativePrompt: false, seed: true },
    // Sides 256–1920 (Cloudflare changelog 2025-11-25). Step range UNCONFIRMED; each step is billed, so the
    // default stays modest.
    limits: { maxSteps: 50, defaultSteps: 20, defaultSize: 1024, minSize: 256, maxSize: 1920 },
    price: { perUnit: { neurons: 37.27, unit: "output 512×512 tile per step, plus 19.09 per input tile per step" } },
  }),
  defineModel({
    id: "@cf/black-forest-labs/flux-2-klein-4b",
    task: "text-to-image",
    created: "2026-01-15",
    // FLUX.2 [klein] 4B: fast, fixed 4 steps, up to 4 reference images. Multipart input.
    input: "flux-2-multipart",
    output: "base64-image-json",
    capabilities: { imageInput: true, size: true, negativePrompt: false, seed: true },
    limits: { maxSteps: 4, defaultSteps: 4, defaultSize: 1024, minSize: 256, maxSize: 1920 }, // FLUX.2: 256–1920
  }),
  defineModel({
    id: "@cf/black-forest-labs/flux-2-klein-9b",
    task: "text-to-image",
    created: "2026-01-28",
    // FLUX.2 [klein] 9B: fixed 4 steps, up to 4 reference images. Multipart input.
    input: "flux-2-multipart",
    output: "base64-image-json",
    capabilities: { imageInput: true, size: true, negativePrompt: false, seed: true },
    limits: { maxSteps: 4, defaultSteps: 4, defaultSize: 1024, minSize: 256, maxSize: 1920 }, // FLUX.2: 256–1920
  }),
  defineModel({
    id: "@cf/leonardo/phoenix-1.0",
    task: "text-to-image",
    created: "2025-08-27",
    // Leonardo Phoenix 1.0: exceptional prompt adherence and legible text in images. JPEG out.
    input: "leonardo",
    output: "jpeg-bytes",
    // phoenix-1.0.json: guidance 2–10 (default 2), negative_prompt minLength 1, seed ≥ 0, sides 0–2048.
    capabilities: { size: true, negativePrompt: true, seed: true },
    limits: { maxSteps: 50, defaultSteps: 25, defaultSize: 1024, maxSize: 2048, minGuidance: 2, maxGuidance: 10 },
    price: { perUnit: { neurons: 527.27, unit: "512×512 tile, plus 10 neurons per step" } },
  }),
  defineModel({
    id: "@cf/leonardo/lucid-origin",
    task: "text-to-image",
    created: "2025-08-27",
    // Leonardo Lucid Origin: sharp graphic design and full-HD renders.
    input: "leonardo",
    output: "base64-image-json",
    // lucid-origin.json and its published type: no negative_prompt; guidance 0–10.
    capabilities: { size: true, negativePrompt: false, seed: true },
    // Default steps UNCONFIRMED (the schema gives only the 1–40 range).
    limits: { maxSteps: 40, defaultSteps: 20, defaultSize: 1120, maxSize: 2500, minGuidance: 0, maxGuidance: 10 },
    price: { perUnit: { neurons: 636.36, unit: "512×512 tile, plus 11.82 neurons per step" } },
  }),
];
