import type { Range, SamplingField, TextGenerationModel } from "../model.ts";

type Ranges = Partial<Record<SamplingField, Range>>;

// Sources: `AiModels` in @cloudflare/workers-types 5.20261117.1 (index.d.ts) names each model's input type;
// ranges and context windows come from the model JSONs of cloudflare-docs (src/content/workers-ai-models/),
// as the reference doc (§2.1 and its Addendum) records them. Types carry no ranges, so where no JSON was read
// the ranges are the generic legacy ones below and say so.

/** The legacy schema as llama-3.1-8b-instruct-fast.json and mistral-small-3.1-24b-instruct.json publish it. */
const LEGACY: Ranges = {
  temperature: { min: 0, max: 5 },
  top_p: { min: 0, max: 2 },
  top_k: { min: 1, max: 50, integer: true },
  seed: { min: 1, max: 9_999_999_999, integer: true },
  repetition_penalty: { min: 0, max: 2 },
  frequency_penalty: { min: 0, max: 2 },
  presence_penalty: { min: 0, max: 2 },
};

/** Models whose JSON was not read: the legacy `seed` ≥ 1 (Addendum) and OpenAI's wider penalties. */
const LEGACY_UNREAD: Ranges = {
  ...LEGACY,
  frequency_penalty: { min: -2, max: 2 },
  presence_penalty: { min: -2, max: 2 },
};

/** llama-3.3-70b-instruct-fp8-fast.json (reference §2.1.1): `top_p` 0.001–1, penalties −2…2. */
const LLAMA_33: Ranges = { ...LEGACY_UNREAD, top_p: { min: 0.001, max: 1 } };

/** OpenAI's chat completions ranges (`ChatCompletionsInput`, reference §2.1.4): any integer seed. */
const OPENAI: Ranges = {
  temperature: { min: 0, max: 2 },
  top_p: { min: 0, max: 1 },
  seed: { integer: true },
  frequency_penalty: { min: -2, max: 2 },
  presence_penalty: { min: -2, max: 2 },
};

/** The schema requires `description` on each function and `type` + `description` on each property. */
const STRICT_FLAT = { require: "function-and-properties", calls: "flat" } as const;
const STRICT_WITH_ID = { require: "function-and-properties", calls: "with-id" } as const;

/** Workers AI's own schema; image parts are taken where the type lists `image_url` in the content. */
const legacy = (
  spec: Omit<TextGenerationModel, "task" | "request" | "output" | "stream" | "vision">,
): TextGenerationModel => ({
  task: "text-generation",
  request: "legacy",
  output: "legacy",
  stream: "legacy-events",
  vision: spec.content === "image-parts",
  ...spec,
});

/** `BaseAiTextGeneration` (`AiTextGenerationInput`): string content; tools need a function description. */
const generic = (id: string, extra: Partial<TextGenerationModel> = {}): TextGenerationModel =>
  legacy({
    id,
    source: "AiModels: BaseAiTextGeneration (AiTextGenerationInput); ranges not read (generic legacy)",
    content: "string",
    tools: { require: "function", calls: "flat" },
    jsonMode: true,
    reasoning: false,
    ranges: LEGACY_UNREAD,
    ...extra,
  });

/** Chat-completions models (`ChatCompletionsInput` → `ChatCompletionsOutput`, reference §2.1.4). */
const chat = (id: string, source: string, extra: Partial<TextGenerationModel> = {}): TextGenerationModel => ({
  id,
  source,
  task: "text-generation",
  request: "chat-completions",
  content: "openai",
  output: "chat-completion",
  stream: "openai-chunks",
  tools: { require: "none", calls: "openai" },
  vision: false,
  jsonMode: true,
  reasoning: true,
  ranges: OPENAI,
  ...extra,
});

export const TEXT_GENERATION_MODELS: readonly TextGenerationModel[] = [
  legacy({
    id: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
    source: "AiModels: Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Input; llama-3.3-70b-instruct-fp8-fast.json",
    content: "text-parts", // the type: `string | {type?, text?}[]` (the 2024 JSON said string only)
    tools: STRICT_FLAT,
    jsonMode: true,
    reasoning: false,
    contextWindow: 24000,
    ranges: LLAMA_33,
  }),
  legacy({
    id: "@cf/meta/llama-4-scout-17b-16e-instruct",
    source: "AiModels: Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Input (tool calls with id); reference §2.1.1",
    content: "image-parts",
    tools: STRICT_WITH_ID,
    jsonMode: true,
    guidedJson: true,
    reasoning: false,
    toolCallIdPattern: true,
    contextWindow: 131000,
    ranges: LEGACY, // penalties ≥ 0 (Addendum)
  }),
  legacy({
    id: "@cf/meta/llama-3.1-8b-instruct-fast",
    // Not in AiModels: its JSON is the source. JSON mode: features/json-mode.mdx lists it. No context_window.
    source: "llama-3.1-8b-instruct-fast.json; json-mode.mdx",
    content: "string",
    tools: STRICT_FLAT,
    jsonMode: true,
    reasoning: false,
    maxPromptChars: 131072,
    ranges: LEGACY,
  }),
  generic("@cf/meta/llama-3.1-8b-instruct-fp8"),
  generic("@cf/meta/llama-3.2-1b-instruct"),
  generic("@cf/meta/llama-3.2-3b-instruct"),
  legacy({
    id: "@cf/meta/llama-3.2-11b-vision-instruct",
    // The type has no response_format; json-mode.mdx lists the model as supporting JSON mode.
    source: "AiModels: Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Input; json-mode.mdx",
    content: "image-parts",
    tools: STRICT_FLAT,
    jsonMode: true,
    reasoning: false,
    ranges: LEGACY_UNREAD,
  }),
  legacy({
    id: "@cf/meta/llama-guard-3-8b",
    // Only `messages` (roles user | assistant, string content), `max_tokens`, `temperature`, `response_format`.
    source: "AiModels: Ai_Cf_Meta_Llama_Guard_3_8B_Input",
    content: "string",
    jsonMode: true,
    reasoning: false,
    ranges: { temperature: LEGACY.temperature },
  }),
  generic("@cf/deepseek-ai/deepseek-r1-distill-qwen-32b", {
    // Reference §2.1.1 / Addendum: content maxLength 131,072, penalties ≥ 0, top_p 0–2.
    source: "AiModels: BaseAiTextGeneration; deepseek-r1-distill-qwen-32b.json (reference §2.1.1, Addendum)",
    reasoning: true,
    maxPromptChars: 131072,
    ranges: LEGACY,
  }),
  legacy({
    id: "@cf/qwen/qwq-32b",
    source: "AiModels: Ai_Cf_Qwen_Qwq_32B_Input; qwq-32b.json (context_window 24000)",
    content: "image-parts", // the type copies mistral-small's message shape (parts, tool_call_id)
    tools: STRICT_FLAT,
    jsonMode: false,
    guidedJson: true,
    reasoning: true,
    contextWindow: 24000,
    ranges: LEGACY_UNREAD,
  }),
  legacy({
    id: "@cf/qwen/qwen2.5-coder-32b-instruct",
    source: "AiModels: Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Input",
    content: "string",
    tools: STRICT_FLAT,
    jsonMode: true,
    reasoning: false,
    ranges: LEGACY_UNREAD,
  }),
  {
    id: "@cf/qwen/qwen3-30b-a3b-fp8",
    source: "AiModels: Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Input / _Output (chat.completion or text_completion)",
    task: "text-generation",
    vision: false,
    request: "legacy",
    content: "text-parts",
    output: "chat-completion",
    stream: "openai-chunks",
    tools: STRICT_FLAT,
    jsonMode: true,
    reasoning: true,
    ranges: LEGACY_UNREAD,
  },
  legacy({
    id: "@cf/mistralai/mistral-small-3.1-24b-instruct",
    source: "AiModels: Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Input; its JSON (context_window 128000)",
    content: "image-parts",
    tools: STRICT_WITH_ID,
    jsonMode: false,
    guidedJson: true,
    reasoning: false,
    toolCallIdPattern: true,
    contextWindow: 128000,
    ranges: LEGACY,
  }),
  generic("@cf/meta-llama/llama-2-7b-chat-hf-lora"),
  generic("@cf/google/gemma-2b-it-lora"),
  generic("@cf/google/gemma-7b-it-lora"),
  generic("@cf/mistral/mistral-7b-instruct-v0.2-lora"),
  chat("@cf/openai/gpt-oss-120b", "AiModels: Base_Ai_Cf_Openai_Gpt_Oss_120B (XOR Responses, ChatCompletions)", {
    contextWindow: 128000,
  }),
  chat("@cf/openai/gpt-oss-20b", "AiModels: Base_Ai_Cf_Openai_Gpt_Oss_20B (XOR Responses, ChatCompletions)", {
    contextWindow: 128000,
  }),
  chat("@cf/zai-org/glm-4.7-flash", "AiModels: Base_Ai_Cf_Zai_Org_Glm_4_7_Flash; glm-4.7-flash.json", {
    contextWindow: 131072,
  }),
  // Published in AiModels but deliberately not in the gateway's catalog: the model that proves unlisted ids pass
  // through (its inputs are glm-4.7-flash's: ChatCompletionsInput without reasoning_effort / chat_template_kwargs).
  chat("@cf/zai-org/glm-5.2", "AiModels: Base_Ai_Cf_Zai_Org_Glm_5_2 (workers-types 5.20261117.1)", {}),
  // Vision: the models' JSONs (reference §2.1.3, §2.2): kimi-k2.6 and gemma-4 take images.
  chat("@cf/google/gemma-4-26b-a4b-it", "AiModels: Base_Ai_Cf_Google_Gemma_4_26B_A4B_It (ChatCompletionsInput)", {
    vision: true,
  }),
  chat("@cf/moonshotai/kimi-k2.6", "AiModels: Base_Ai_Cf_Moonshotai_Kimi_K2_6; kimi-k2.6.json", {
    vision: true,
    contextWindow: 262144,
  }),
];
