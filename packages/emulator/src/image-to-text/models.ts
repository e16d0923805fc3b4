import type { ImageToTextModel } from "../model.ts";

export const IMAGE_TO_TEXT_MODELS: readonly ImageToTextModel[] = [
  {
    id: "@cf/llava-hf/llava-1.5-7b-hf",
    // `{image: number[] | string, prompt?, max_tokens? = 512, ...}` → `{description}` (reference §2.2).
    source: "AiModels: BaseAiImageToText; llava-1.5-7b-hf.json (max_tokens default 512)",
    task: "image-to-text",
    defaultMaxTokens: 512,
  },
];
