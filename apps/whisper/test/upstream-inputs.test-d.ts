// Type-level test, checked by `pnpm --filter @wai/whisper typecheck` (tsc's program includes test/): each
// `@ts-expect-error` below must meet an error, so a shape Cloudflare does not publish for a model fails the build,
// and a published one (left unmarked) must compile. Not run by vitest (the name does not end in `.test.ts`).

import { toNova3Inputs, toTurboInputs } from "../src/transcription/to-whisper-inputs.ts";
import type { TranscriptionFields } from "../src/transcription/transcription-params.ts";
import type {
  AuraInput,
  MeloTtsInput,
  ModelInput,
  Nova3Input,
  TurboInput,
  WhisperInput,
} from "../src/upstream-inputs.ts";

declare const body: ReadableStream<Uint8Array>;
declare const fields: TranscriptionFields;
const stream = { body, contentType: "audio/wav" };

// whisper and whisper-tiny-en: only `{audio: number[]}` is published.
export const whisper: WhisperInput = { audio: [82, 73, 70, 70] };
// @ts-expect-error the stream form is listed for whisper-large-v3-turbo, nova-3 and FLUX.2, not for whisper
export const whisperStream: ModelInput<"@cf/openai/whisper"> = { audio: stream };
// @ts-expect-error nor for whisper-tiny-en
export const tinyStream: ModelInput<"@cf/openai/whisper-tiny-en"> = { audio: stream };
// @ts-expect-error whisper takes no base64 string
export const whisperBase64: WhisperInput = { audio: "UklGRg==" };
// @ts-expect-error whisper takes no language
export const whisperLanguage: WhisperInput = { audio: [1], language: "en" };

// whisper-large-v3-turbo: base64 or the stream form; its prompt field is `initial_prompt`.
export const turbo: TurboInput = { audio: stream, task: "translate", initial_prompt: "Glossary" };
// @ts-expect-error turbo takes no number[]
export const turboBytes: TurboInput = { audio: [1, 2, 3] };
// @ts-expect-error turbo has no `prompt`
export const turboPrompt: TurboInput = { audio: "UklGRg==", prompt: "Glossary" };

// nova-3: the stream form only.
export const nova: Nova3Input = { audio: stream, smart_format: true, detect_language: true };
// @ts-expect-error nova-3 takes no base64 string
export const novaBase64: Nova3Input = { audio: "UklGRg==" };

// melotts: `prompt` and `lang`; aura: `text`, a published speaker, Deepgram's encoding and container.
export const melo: MeloTtsInput = { prompt: "Hello", lang: "fr" };
// @ts-expect-error melotts takes `prompt`, not `text`
export const meloText: MeloTtsInput = { text: "Hello" };
export const aura: AuraInput = { text: "Hello", speaker: "luna", encoding: "linear16", container: "wav" };
// @ts-expect-error an OpenAI voice is not an aura speaker: it must be mapped first
export const auraVoice: AuraInput = { text: "Hello", speaker: "alloy" };
// @ts-expect-error `wav` is a container, not an encoding
export const auraEncoding: AuraInput = { text: "Hello", encoding: "wav" };

// The mappers return these types: their results are not assignable to another model's input.
// @ts-expect-error turbo's inputs are not whisper's
export const turboAsWhisper: WhisperInput = toTurboInputs({ base64: "UklGRg==" }, fields, "transcribe");
// @ts-expect-error nova-3's inputs are not whisper's
export const novaAsWhisper: WhisperInput = toNova3Inputs(stream, fields);
