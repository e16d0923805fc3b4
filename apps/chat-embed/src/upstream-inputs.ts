/**
 * The inputs Workers AI documents for each input style this worker sends, named from Cloudflare's published
 * model types (`AiModels` in `@cloudflare/workers-types`, pinned). Every upstream mapper returns one of these,
 * so `pnpm typecheck` fails when a mapper builds a shape Cloudflare does not document. One representative
 * model per catalog input style; the models that share a style share its published schema (reference §2.1.1).
 */

type Llama33 = AiModels["@cf/meta/llama-3.3-70b-instruct-fp8-fast"]["inputs"];
type Scout = AiModels["@cf/meta/llama-4-scout-17b-16e-instruct"]["inputs"];
type GptOss = AiModels["@cf/openai/gpt-oss-120b"]["inputs"];

/** `prompt-messages`: the Messages branch of llama-3.3-70b-instruct-fp8-fast (content a string). */
export type LegacyMessagesInputs = Extract<Llama33, { messages: unknown }>;

/** `prompt-messages-parts`: the Messages branch of llama-4-scout (content a string or text/image parts). */
export type LegacyPartsMessagesInputs = Extract<Scout, { messages: unknown }>;

/** Legacy completions (`/v1/completions` on Workers AI's own models): the Prompt branch of llama-3.3. */
export type LegacyPromptInputs = Extract<Llama33, { prompt: string }>;

/**
 * `chat-completions`: gpt-oss's Chat Completions branch (its `reasoning_effort` low | medium | high | null).
 * glm-4.7-flash's type omits `reasoning_effort` but its published schema lists it with the same values
 * (glm-4.7-flash.json d897f18); kimi-k2.6 documents low and medium as accepted aliases of high.
 */
export type ChatCompletionsInputs = Extract<GptOss, { messages: unknown }>;

/** The same inputs as glm-4.7-flash documents them (a type-level check that ours fit both). */
export type GlmInputs = AiModels["@cf/zai-org/glm-4.7-flash"]["inputs"];

/** `image-to-text`: llava-1.5-7b-hf takes one image as bytes and a prompt. */
export type ImageToTextInputs = AiModels["@cf/llava-hf/llava-1.5-7b-hf"]["inputs"];

/** `embedding-text` (bge) and `embedding-qwen3`: `{text}` is in both types (qwen3's alias of `documents`). */
export type EmbeddingInputs = Extract<AiModels["@cf/baai/bge-base-en-v1.5"]["inputs"], { text: unknown }> &
  AiModels["@cf/qwen/qwen3-embedding-0.6b"]["inputs"];

/** A legacy tool as the Messages branch types it: `description` on the function and on every property. */
export type LegacyFunctionTool = Extract<NonNullable<LegacyMessagesInputs["tools"]>[number], { function: unknown }>;

/** Any of the inputs above, for the one place that hands them to the binding (`AiClient.run` takes a record). */
export type UpstreamInputs =
  | LegacyMessagesInputs
  | LegacyPartsMessagesInputs
  | LegacyPromptInputs
  | ChatCompletionsInputs
  | ImageToTextInputs
  | EmbeddingInputs;

/** The inputs as the project's `AiClient` takes them; the type was checked where they were built. */
export const asRunInputs = (inputs: UpstreamInputs) => inputs as unknown as Record<string, unknown>;
