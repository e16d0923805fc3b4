/**
 * The inputs Workers AI documents for the two chat input styles the LLM engine sends, named from Cloudflare's
 * published model types (`AiModels` in `@cloudflare/workers-types`): the mappers return these, so a shape
 * Cloudflare does not document fails `pnpm typecheck`.
 */

/** `prompt-messages` (legacy): the Messages branch of llama-3.3-70b-instruct-fp8-fast; answers `{response}`. */
export type LegacyMessagesInputs = Extract<
  AiModels["@cf/meta/llama-3.3-70b-instruct-fp8-fast"]["inputs"],
  { messages: unknown }
>;

/** `chat-completions`: glm-4.7-flash's Chat Completions input; answers `choices[0].message.content`. */
export type ChatCompletionsInputs = Extract<AiModels["@cf/zai-org/glm-4.7-flash"]["inputs"], { messages: unknown }>;

export type LlmTranslateInputs = LegacyMessagesInputs | ChatCompletionsInputs;
