/**
 * Every model id the original guide listed (/work/shared/reference/original-guide.md, "Models the guide listed"):
 * 36 chat models and 12 others, 48 in all, by the route that serves each. The catalog marks exactly these
 * `fromOriginalGuide` (packages/catalog's tests), and each answers its route through the router (apps/router's).
 */
export const GUIDE_MODELS = {
  chat: [
    "@cf/deepseek-ai/deepseek-math-7b-instruct",
    "@cf/defog/sqlcoder-7b-2",
    "@cf/fblgit/una-cybertron-7b-v2-awq",
    "@cf/fblgit/una-cybertron-7b-v2-bf16",
    "@cf/google/gemma-2b-it-lora",
    "@cf/google/gemma-7b-it-lora",
    "@cf/meta-llama/llama-2-7b-chat-hf-lora",
    "@cf/meta/llama-2-7b-chat-fp16",
    "@cf/meta/llama-2-7b-chat-int8",
    "@cf/meta/llama-3-8b-instruct",
    "@cf/meta/llama-3-8b-instruct-awq",
    "@cf/microsoft/phi-2",
    "@cf/mistral/mistral-7b-instruct-v0.1",
    "@cf/mistral/mistral-7b-instruct-v0.1-vllm",
    "@cf/mistral/mistral-7b-instruct-v0.2-lora",
    "@cf/openchat/openchat-3.5-0106",
    "@cf/qwen/qwen1.5-0.5b-chat",
    "@cf/qwen/qwen1.5-1.8b-chat",
    "@cf/qwen/qwen1.5-14b-chat-awq",
    "@cf/qwen/qwen1.5-7b-chat-awq",
    "@cf/thebloke/discolm-german-7b-v1-awq",
    "@cf/tiiuae/falcon-7b-instruct",
    "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
    "@hf/google/gemma-7b-it",
    "@hf/mistral/mistral-7b-instruct-v0.2",
    "@hf/nexusflow/starling-lm-7b-beta",
    "@hf/nousresearch/hermes-2-pro-mistral-7b",
    "@hf/thebloke/codellama-7b-instruct-awq",
    "@hf/thebloke/deepseek-coder-6.7b-base-awq",
    "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
    "@hf/thebloke/llama-2-13b-chat-awq",
    "@hf/thebloke/llamaguard-7b-awq",
    "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
    "@hf/thebloke/neural-chat-7b-v3-1-awq",
    "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
    "@hf/thebloke/zephyr-7b-beta-awq",
  ],
  embeddings: ["@cf/baai/bge-base-en-v1.5", "@cf/baai/bge-large-en-v1.5", "@cf/baai/bge-small-en-v1.5"],
  images: [
    "@cf/bytedance/stable-diffusion-xl-lightning",
    "@cf/lykon/dreamshaper-8-lcm",
    "@cf/stabilityai/stable-diffusion-xl-base-1.0",
  ],
  imageEdits: ["@cf/runwayml/stable-diffusion-v1-5-img2img", "@cf/runwayml/stable-diffusion-v1-5-inpainting"],
  speechToText: ["@cf/openai/whisper", "@cf/openai/whisper-sherpa", "@cf/openai/whisper-tiny-en"],
  translation: ["@cf/meta/m2m100-1.2b"],
} as const satisfies Record<string, readonly string[]>;

/** The Workers AI task of each group (the catalog's `task`). */
export const GUIDE_MODEL_TASKS = {
  chat: "text-generation",
  embeddings: "text-embeddings",
  images: "text-to-image",
  imageEdits: "text-to-image",
  speechToText: "automatic-speech-recognition",
  translation: "translation",
} as const satisfies Record<keyof typeof GUIDE_MODELS, string>;

/** All 48, in the guide's order. */
export const ALL_GUIDE_MODELS: readonly string[] = Object.values(GUIDE_MODELS).flat();
