/**
 * The inputs this worker sends to Workers AI, typed as Cloudflare publishes them: `AiModels[id]["inputs"]` in
 * `@cloudflare/workers-types` (pinned in the workspace catalog). Every mapper returns one of these, so
 * `pnpm typecheck` fails on a shape Cloudflare does not document (`test/upstream-inputs.test-d.ts` proves it).
 */

/** The object form of a model's published input (whisper's also lists a bare `string`, which we never send). */
export type ModelInput<Id extends keyof AiModels> = Extract<AiModels[Id]["inputs"], object>;

/** whisper and whisper-tiny-en: `{audio: number[]}`, the bytes as integers 0–255 (their only object form). */
export type WhisperInput = ModelInput<"@cf/openai/whisper"> & ModelInput<"@cf/openai/whisper-tiny-en">;

/** whisper-large-v3-turbo: `audio` as base64 or the stream form `{body, contentType}`, `task`, `initial_prompt`... */
export type TurboInput = ModelInput<"@cf/openai/whisper-large-v3-turbo">;

/** nova-3: `audio: {body, contentType}` (the stream form only), Deepgram's options. */
export type Nova3Input = ModelInput<"@cf/deepgram/nova-3">;

/** melotts (`BaseAiTextToSpeech`): `{prompt, lang?}`. */
export type MeloTtsInput = ModelInput<"@cf/myshell-ai/melotts">;

/** The aura models: `{text, speaker?, encoding?, container?, sample_rate?, bit_rate?}`; each lists its speakers. */
export type AuraModelId = "@cf/deepgram/aura-1" | "@cf/deepgram/aura-2-en" | "@cf/deepgram/aura-2-es";
export type AuraSpeaker<Id extends AuraModelId = AuraModelId> = NonNullable<ModelInput<Id>["speaker"]>;
/**
 * One input for any aura model: the three types share every field but `speaker`, whose lists differ. The
 * speaker is one of the model's own list (`AURA_SPEAKERS`, typed per model) or the per-language table typed as
 * the speakers those models share, so the union of speakers here loses nothing that is checked.
 */
export type AuraInput = Omit<ModelInput<AuraModelId>, "speaker"> & { speaker?: AuraSpeaker };

/**
 * whisper and whisper-tiny-en over the REST API (passthrough mode): the file itself as the request body, which
 * core's REST client sends for a `{body, contentType}` input. Not in `AiModels` (that types the binding); the
 * source is Cloudflare's model pages for both models (`curl .../ai/run/@cf/openai/whisper --data-binary
 * @talk.mp3`) and reference §2.5 / Addendum. Over the binding only `WhisperInput` is sent.
 */
export interface WhisperRestInput {
  audio: { body: ReadableStream<Uint8Array>; contentType: string };
}
