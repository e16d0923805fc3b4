import * as v from "valibot";

export const SPEECH_FORMATS = ["mp3", "opus", "aac", "flac", "wav", "pcm"] as const;
export type SpeechFormat = (typeof SPEECH_FORMATS)[number];

/** OpenAI's limit on `input` (and OneAPI's). */
export const MAX_SPEECH_INPUT_CHARS = 4096;

/** `CreateSpeechRequest`. Unknown keys are kept, to be reported as ignored. */
export const CreateSpeechParams = v.looseObject({
  model: v.pipe(v.string(), v.trim(), v.nonEmpty("Missing required parameter: 'model'.")),
  input: v.pipe(
    v.string(),
    v.check((s) => s.trim() !== "", "must not be empty"),
    v.maxLength(MAX_SPEECH_INPUT_CHARS, `must be at most ${MAX_SPEECH_INPUT_CHARS} characters`),
  ),
  voice: v.union([v.pipe(v.string(), v.nonEmpty()), v.object({ id: v.pipe(v.string(), v.nonEmpty()) })]),
  instructions: v.optional(v.string()),
  response_format: v.optional(
    v.picklist(SPEECH_FORMATS, `must be one of ${SPEECH_FORMATS.map((f) => `'${f}'`).join(", ")}`),
    "mp3",
  ),
  speed: v.optional(v.pipe(v.number(), v.minValue(0.25, "must be at least 0.25"), v.maxValue(4, "must be at most 4"))),
  stream_format: v.optional(v.picklist(["audio"], "'sse' is not supported here; leave it unset or use 'audio'")),
});
export type CreateSpeechParams = v.InferOutput<typeof CreateSpeechParams>;

export const KNOWN_SPEECH_KEYS = new Set(Object.keys(CreateSpeechParams.entries));
