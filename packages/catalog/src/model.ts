/** Workers AI task names, as Cloudflare's catalog names them. */
export type Task =
  | "text-generation"
  | "text-embeddings"
  | "text-to-image"
  | "image-to-text"
  | "automatic-speech-recognition"
  | "text-to-speech"
  | "translation";

/** The worker of this project that serves a model. */
export type ServingWorker = "chat-embed" | "image" | "whisper" | "translate";

/**
 * How a model takes its input and shapes its output on Workers AI (reference §2). Mappers switch on these,
 * never on model ids.
 */
export type InputStyle =
  | "prompt-messages" //   legacy text generation: {prompt} | {messages, tools?, ...}, content string only
  | "prompt-messages-parts" // legacy, but messages may carry content parts (vision models: llama-4-scout, mistral-small-3.1, gemma-3)
  | "chat-completions" // OpenAI chat completions request passed through (glm-4.7-flash, kimi, gpt-oss messages mode)
  | "image-to-text" //   llava, uform: {image: number[], prompt}
  | "embedding-text" //  bge: {text: string | string[], pooling?}
  | "embedding-qwen3" // qwen3-embedding: {documents | queries | text}
  | "stable-diffusion" // {prompt, negative_prompt, width, height, num_steps, guidance, seed, image?, mask?, strength?}
  | "flux-schnell" //    {prompt, steps} only, additionalProperties false
  | "flux-2-multipart" // multipart form {prompt, width, height, steps, seed, guidance, input_image_N}
  | "leonardo" //        phoenix, lucid-origin: {prompt, width, height, num_steps, guidance, seed, negative_prompt}
  | "whisper-bytes" //   whisper, whisper-tiny-en: {audio: number[]} (raw body over REST)
  | "whisper-base64" //  whisper-large-v3-turbo: {audio: base64, task, language, initial_prompt, ...}
  | "deepgram-stt" //    nova-3: {audio: {body, contentType}}
  | "melotts" //         {prompt, lang}
  | "deepgram-tts" //    aura: {text, speaker, encoding, container}
  | "m2m100"; //         {text, source_lang, target_lang}

export type OutputStyle =
  | "legacy-response" // {response, usage?, tool_calls?[{name, arguments: object}]}; SSE {"response": "..."} events
  | "chat-completion" // OpenAI chat.completion / chat.completion.chunk
  | "description" //     {description}
  | "embedding" //       {shape, data, pooling?}
  | "png-bytes" //       binary image/png stream
  | "jpeg-bytes" //      binary image/jpeg stream (phoenix)
  | "base64-image-json" // {image: base64} (flux-1-schnell: JPEG; lucid-origin, flux-2)
  | "whisper" //         {text, word_count?, words?[{word,start,end}], vtt?}
  | "whisper-turbo" //   {text, transcription_info, segments[{..., words[]}], vtt, word_count}
  | "deepgram-stt" //    {results: {channels: [{alternatives: [{transcript, words}]}]}}
  | "audio-base64-or-bytes" // melotts: {audio: base64 MP3} or binary audio/mpeg
  | "audio-bytes" //     aura: binary audio/mpeg stream
  | "translated-text"; // {translated_text}

export interface Capabilities {
  /** `stream: true` gives SSE. */
  streaming: boolean;
  /** Function calling with `tools`. */
  tools: boolean;
  /** Image parts in chat messages. */
  vision: boolean;
  /** `response_format` json_object / json_schema. */
  jsonMode: boolean;
  /** Thinks before answering; `reasoning_effort` / `chat_template_kwargs` matter. */
  reasoning: boolean;
  /** Takes an input image (img2img). */
  imageInput?: boolean;
  /** Takes a mask (inpainting). */
  mask?: boolean;
  /** Honours width and height. */
  size?: boolean;
  /** whisper-large-v3-turbo's `task: "translate"`. */
  translate?: boolean;
  /** Images: takes a `negative_prompt` (lucid-origin and flux do not). */
  negativePrompt?: boolean;
  /** Images: takes a `seed` (flux-1-schnell does not: every call draws a new picture). */
  seed?: boolean;
}

export interface Limits {
  /** Context window in tokens. */
  contextWindow?: number;
  /** The `max_tokens` sent when the client gives none (Workers AI's own default, 256, cuts answers short). */
  defaultMaxTokens?: number;
  /** Largest `max_tokens` the model accepts. */
  maxOutputTokens?: number;
  /** Embeddings: vector size. */
  dimensions?: number;
  /** Embeddings: inputs per upstream call. */
  maxBatch?: number;
  /** Embeddings: tokens per input. */
  maxInputTokens?: number;
  /** Images: the most diffusion steps, and the default. */
  maxSteps?: number;
  defaultSteps?: number;
  /** Images: default and largest side in pixels. */
  defaultSize?: number;
  minSize?: number;
  maxSize?: number;
  /** Longest prompt in characters. */
  maxPromptChars?: number;
  /** Text-to-speech: longest input in characters. */
  maxInputChars?: number;
  /** Text generation: the published schema's floor for `top_p` (0.001 on legacy models; OpenAI allows 0). */
  minTopP?: number;
  /** Text generation: the published schema's floor for `seed` (1 on legacy models; OpenAI allows any integer). */
  minSeed?: number;
  /** Text generation: the floor for `frequency_penalty` / `presence_penalty` (0 on llama-4-scout, deepseek-r1). */
  minPenalty?: number;
  /** Images: the published range of `guidance` (leonardo phoenix: 2–10). */
  minGuidance?: number;
  maxGuidance?: number;
  /** Speech recognition: the largest upload sent to this model (whisper's `number[]` input costs memory). */
  maxAudioBytes?: number;
}

/** Price in neurons (1,000 neurons = $0.011), per the unit named. */
export interface Price {
  /** Neurons per million input tokens. */
  inputPerMTokens?: number;
  /** Neurons per million output tokens. */
  outputPerMTokens?: number;
  /** Neurons per audio minute, per image tile or step, per 1,000 characters... with the unit named. */
  perUnit?: { neurons: number; unit: string };
}

/** A model Cloudflare no longer serves: calls get a clear error naming what to use. */
export interface Retirement {
  /** ISO date from which Workers AI stopped serving it (or announced it would). */
  date: string;
  /** The catalog id to use instead. */
  replacement: string;
  /**
   * Cloudflare published no date for this model: it was gone from the catalog by `date` (the first retirement
   * Cloudflare did publish), possibly long before. Error messages then say "no later than".
   */
  approximate?: boolean;
}

export interface Model {
  /** Workers AI id, e.g. `@cf/meta/llama-3.1-8b-instruct`. */
  id: string;
  task: Task;
  worker: ServingWorker;
  /** OpenAI names that resolve to this model by default (`gpt-4o-mini`, `whisper-1`...). */
  aliases: readonly string[];
  /** Shown as `created` in `/v1/models`, unix seconds (when Workers AI added the model, to the day). */
  created: number;
  /** Shown as `owned_by`: the model's author (`meta`, `openai`, `black-forest-labs`...). */
  ownedBy: string;
  input: InputStyle;
  output: OutputStyle;
  capabilities: Capabilities;
  limits: Limits;
  price?: Price;
  /** A beta model (free while in beta, lower rate limits). */
  beta?: boolean;
  /** Set when Cloudflare has retired the model. */
  retired?: Retirement;
  /** In the original guide's lists (kept even when retired). */
  fromOriginalGuide?: boolean;
}
