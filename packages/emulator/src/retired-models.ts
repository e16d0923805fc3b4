import type { RetiredModel } from "./model.ts";

/**
 * Cloudflare's first published retirement, 2025-10-01 (cloudflare-docs `src/util/deprecated-models.ts`,
 * "Already deprecated — October 1, 2025"): 19 beta models.
 */
const OCTOBER_2025 = [
  "@cf/deepseek-ai/deepseek-math-7b-instruct",
  "@cf/fblgit/una-cybertron-7b-v2-bf16",
  "@cf/openchat/openchat-3.5-0106",
  "@cf/qwen/qwen1.5-0.5b-chat",
  "@cf/qwen/qwen1.5-1.8b-chat",
  "@cf/qwen/qwen1.5-14b-chat-awq",
  "@cf/qwen/qwen1.5-7b-chat-awq",
  "@cf/thebloke/discolm-german-7b-v1-awq",
  "@cf/tiiuae/falcon-7b-instruct",
  "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
  "@hf/nexusflow/starling-lm-7b-beta",
  "@hf/thebloke/deepseek-coder-6.7b-base-awq",
  "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
  "@hf/thebloke/llama-2-13b-chat-awq",
  "@hf/thebloke/llamaguard-7b-awq",
  "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
  "@hf/thebloke/neural-chat-7b-v3-1-awq",
  "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
  "@hf/thebloke/zephyr-7b-beta-awq",
];

/** The second, 2026-05-30, announced 2026-05-08 (changelog "Planned model deprecations on Workers AI"). */
const MAY_2026 = [
  "@cf/defog/sqlcoder-7b-2",
  "@cf/google/gemma-3-12b-it",
  "@cf/meta/llama-2-7b-chat-fp16",
  "@cf/meta/llama-2-7b-chat-int8",
  "@cf/meta/llama-3-8b-instruct",
  "@cf/meta/llama-3-8b-instruct-awq",
  "@cf/meta/llama-3.1-70b-instruct",
  "@cf/meta/llama-3.1-8b-instruct",
  "@cf/meta/llama-3.1-8b-instruct-awq",
  "@cf/microsoft/phi-2",
  "@cf/mistral/mistral-7b-instruct-v0.1",
  "@cf/moonshotai/kimi-k2.5",
  "@cf/unum/uform-gen2-qwen-500m",
  "@hf/google/gemma-7b-it",
  "@hf/meta-llama/meta-llama-3-8b-instruct",
  "@hf/mistral/mistral-7b-instruct-v0.2",
  "@hf/nousresearch/hermes-2-pro-mistral-7b",
];

/**
 * Gone with no published date (in neither list, and in no model JSON since 2024): the emulator answers with the
 * first published retirement date, the latest they can have gone.
 */
const UNDATED = [
  "@cf/fblgit/una-cybertron-7b-v2-awq",
  "@cf/mistral/mistral-7b-instruct-v0.1-vllm",
  "@cf/openai/whisper-sherpa",
  "@hf/thebloke/codellama-7b-instruct-awq",
];

export const RETIRED_MODELS: readonly RetiredModel[] = [
  ...OCTOBER_2025.map((id) => ({ id, date: "2025-10-01" })),
  ...MAY_2026.map((id) => ({ id, date: "2026-05-30" })),
  ...UNDATED.map((id) => ({ id, date: "2025-10-01" })),
];
