import type { Model } from "../model.ts";
import { defineModel } from "./define-model.ts";
import { perUnit } from "./price.ts";
import { retiredUndated } from "./retirements.ts";

const TURBO = "@cf/openai/whisper-large-v3-turbo";

/**
 * whisper and whisper-tiny-en take the audio as `number[]` (their only published input): the worker holds ~8 bytes
 * per audio byte for the array plus ~7 for the JSON the binding sends, so their uploads are capped to stay inside
 * a Worker's 128 MB. Measured in bench/whisper.mjs; larger files go to whisper-large-v3-turbo (stream input).
 */
const NUMBER_ARRAY_MAX_AUDIO_BYTES = 4 * 1024 * 1024;

// Speech recognition. No maximum audio size or length is documented (reference §2.5).
export const SPEECH_TO_TEXT_MODELS: readonly Model[] = [
  defineModel({
    id: "@cf/openai/whisper",
    task: "automatic-speech-recognition",
    created: "2023-09-27",
    // OpenAI Whisper: multilingual transcription with word timestamps and WebVTT.
    fromOriginalGuide: true,
    input: "whisper-bytes",
    output: "whisper",
    limits: { maxAudioBytes: NUMBER_ARRAY_MAX_AUDIO_BYTES },
    price: { perUnit: { neurons: 41.14, unit: "audio minute" } },
  }),
  defineModel({
    id: "@cf/openai/whisper-tiny-en",
    task: "automatic-speech-recognition",
    created: "2024-02", // UNCONFIRMED month
    // OpenAI Whisper tiny, English only.
    fromOriginalGuide: true,
    input: "whisper-bytes",
    output: "whisper",
    limits: { maxAudioBytes: NUMBER_ARRAY_MAX_AUDIO_BYTES },
  }),
  defineModel({
    id: "@cf/openai/whisper-sherpa",
    task: "automatic-speech-recognition",
    created: "2024-02", // UNCONFIRMED month
    // Whisper served with sherpa-onnx.
    fromOriginalGuide: true,
    input: "whisper-bytes", // UNCONFIRMED: typed like whisper in the old binding types
    output: "whisper",
    retired: retiredUndated(TURBO),
  }),
  defineModel({
    id: TURBO,
    task: "automatic-speech-recognition",
    created: "2024-10", // UNCONFIRMED month (out of beta 2025-03-17)
    // Whisper large-v3-turbo: faster and more accurate; base64 audio; can translate to English.
    aliases: ["whisper-1"],
    input: "whisper-base64",
    output: "whisper-turbo",
    capabilities: { translate: true },
    price: perUnit(0.00051, "audio minute"),
  }),
  defineModel({
    id: "@cf/deepgram/nova-3",
    task: "automatic-speech-recognition",
    created: "2025-08-27",
    // Deepgram Nova-3: fast multilingual transcription, diarization, smart formatting.
    aliases: ["gpt-4o-transcribe"], // OpenAI's premium transcription model
    input: "deepgram-stt",
    output: "deepgram-stt",
    price: perUnit(0.0052, "audio minute"),
  }),
];
