/**
 * The emulator's own description of a Workers AI model, written from Cloudflare's published sources (the
 * `AiModels` types of `@cloudflare/workers-types` and the model JSON schemas of cloudflare-docs), never from the
 * gateway's catalog: the emulator is a witness, so it must not share the code under test's assumptions.
 */
export type Task =
  | "text-generation"
  | "image-to-text"
  | "embeddings"
  | "text-to-image"
  | "speech-recognition"
  | "text-to-speech"
  | "translation";

/** A number field's published range (JSON Schema `minimum` / `maximum`, `type: integer`). */
export interface Range {
  min?: number;
  max?: number;
  integer?: boolean;
}

interface ModelBase {
  id: string;
  /** Where the facts come from (the type in `AiModels`, a schema, the reference doc's section). */
  source: string;
}

/** Sampling fields a text model takes, each with its published range. */
export type SamplingField =
  | "temperature"
  | "top_p"
  | "top_k"
  | "seed"
  | "repetition_penalty"
  | "frequency_penalty"
  | "presence_penalty";

export interface TextGenerationModel extends ModelBase {
  task: "text-generation";
  /** `legacy`: Workers AI's own `{prompt} | {messages}`; `chat-completions`: OpenAI's request, messages only. */
  request: "legacy" | "chat-completions";
  /**
   * What a message's `content` may be: `string` only; `text-parts` (a string or `[{type, text}]`);
   * `image-parts` (a string, parts with `image_url` data URIs, or a single part); `openai` (chat completions).
   */
  content: "string" | "text-parts" | "image-parts" | "openai";
  /** `legacy`: `{response, usage, tool_calls?}`; `chat-completion`: `chat.completion` (`text_completion` for a prompt). */
  output: "legacy" | "chat-completion";
  /** SSE event format with `stream: true`: `{response}` events or `chat.completion.chunk`s. */
  stream: "legacy-events" | "openai-chunks";
  /**
   * `tools`, if the schema takes them: which descriptions it requires (`function-and-properties`: a
   * `description` on each function and `type` + `description` on each parameter property; `function`: on each
   * function only; `none`), and the shape of the tool calls it answers.
   */
  tools?: { require: "function-and-properties" | "function" | "none"; calls: "flat" | "with-id" | "openai" };
  /** Image parts (`image_url` with a data URI) are taken in messages. */
  vision: boolean;
  /** `response_format` (JSON mode) is in the schema. */
  jsonMode: boolean;
  /** `guided_json` is in the schema. */
  guidedJson?: boolean;
  /** Thinks before answering (reasoning content, or `<think>` in `response`). */
  reasoning: boolean;
  /** `tool_call_id` must match `[a-zA-Z0-9]{9}` (mistral-small-3.1 style schemas). */
  toolCallIdPattern?: boolean;
  /** Published context window in tokens (the model JSON's `context_window` property), when there is one. */
  contextWindow?: number;
  /** `prompt` / message content maxLength, when the schema sets one. */
  maxPromptChars?: number;
  /** Published ranges of the sampling fields. A field not listed is still taken, with no range checked. */
  ranges: Partial<Record<SamplingField, Range>>;
}

export interface ImageToTextModel extends ModelBase {
  task: "image-to-text";
  /** Default `max_tokens`. */
  defaultMaxTokens: number;
  /** Input fields the model refuses although the generic type lists them (uform: `temperature`). */
  refuses?: readonly string[];
}

export interface EmbeddingsModel extends ModelBase {
  task: "embeddings";
  /** `text`: `{text, pooling?}` → `{shape, data, pooling}`; `qwen3`: `{queries?, documents?, text?, instruction?}` → `{data, shape}`. */
  request: "text" | "qwen3";
  /** `pooling: "mean" | "cls"` is in the schema. */
  pooling: boolean;
  /** Vector size, when published (else the model card's, noted in `source`). */
  dimensions: number;
  /** `maxItems` of the text arrays, when published. */
  maxBatch?: number;
}

export interface TextToImageModel extends ModelBase {
  task: "text-to-image";
  /** `json`: plain fields; `multipart`: FLUX.2's `{multipart: {body, contentType}}` form. */
  request: "json" | "multipart";
  /** Image format and wrapping: binary PNG / JPEG stream, or `{image: <base64 JPEG>}`. */
  output: "png" | "jpeg" | "base64-json";
  /** Every field the schema lists, with ranges; `additionalProperties: false` when `closed`. */
  fields: Partial<Record<ImageField, Range | true>>;
  /** `additionalProperties: false`: any other field is a 5006. */
  closed?: boolean;
  /** `prompt` maxLength, when the schema sets one. */
  maxPromptChars?: number;
  /** Side in pixels when width/height are not sent (or the fixed size when the model has none). */
  defaultSize: number;
  /** `negative_prompt` minLength, when it is in the schema. */
  negativePromptMinLength?: number;
}

export type ImageField =
  | "negative_prompt"
  | "width"
  | "height"
  | "num_steps"
  | "steps"
  | "guidance"
  | "seed"
  | "strength"
  | "image"
  | "image_b64"
  | "mask";

export interface SpeechRecognitionModel extends ModelBase {
  task: "speech-recognition";
  /**
   * How `audio` may come over the binding: `bytes` (`number[]` of 0–255 only), `base64-or-stream` (a base64
   * string or `{body, contentType}`), `stream` (`{body, contentType}` only).
   */
  audio: "bytes" | "base64-or-stream" | "stream";
  /** Output: `whisper` `{text, word_count, words, vtt}`; `whisper-turbo` adds `transcription_info`, `segments`; `deepgram`. */
  output: "whisper" | "whisper-turbo" | "deepgram";
}

export interface TextToSpeechModel extends ModelBase {
  task: "text-to-speech";
  /** `melotts`: `{prompt, lang?}` → `{audio: base64 MP3}`; `aura`: `{text, speaker?, encoding?, ...}` → MP3 bytes. */
  request: "melotts" | "aura";
  /** Aura's `speaker` enum. */
  speakers?: readonly string[];
}

export interface TranslationModel extends ModelBase {
  task: "translation";
}

export type EmulatedModel =
  | TextGenerationModel
  | ImageToTextModel
  | EmbeddingsModel
  | TextToImageModel
  | SpeechRecognitionModel
  | TextToSpeechModel
  | TranslationModel;

/** A model Cloudflare has retired: every call answers `5028: This model was deprecated on <date>`. */
export interface RetiredModel {
  id: string;
  /** The date Cloudflare published (or, where it published none, the first retirement it did). */
  date: string;
}
