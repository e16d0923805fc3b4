import type { Model } from "../model.ts";
import { defineModel } from "./define-model.ts";
import { perUnit } from "./price.ts";

// Text to speech, MP3 out. OpenAI's voices do not exist here: the speech route maps them to speakers.
export const TEXT_TO_SPEECH_MODELS: readonly Model[] = [
  defineModel({
    id: "@cf/myshell-ai/melotts",
    task: "text-to-speech",
    created: "2025-03-17",
    // MeloTTS: multilingual speech (`lang`); the text goes in `prompt`. Always MP3.
    aliases: ["tts-1"], // the cheap, fast voice
    input: "melotts",
    output: "audio-base64-or-bytes",
  }),
  defineModel({
    id: "@cf/deepgram/aura-1",
    task: "text-to-speech",
    created: "2025-08-27",
    // Deepgram Aura-1: English voices (12 speakers), choice of encoding and container.
    input: "deepgram-tts",
    output: "audio-bytes",
    price: perUnit(0.015, "1,000 characters"),
  }),
  defineModel({
    id: "@cf/deepgram/aura-2-en",
    task: "text-to-speech",
    created: "2025-10-09",
    // Deepgram Aura-2 (English): context-aware pacing and expression, 40 speakers.
    aliases: ["tts-1-hd"], // the higher-quality voice
    input: "deepgram-tts",
    output: "audio-bytes",
    price: perUnit(0.03, "1,000 characters"),
  }),
  defineModel({
    id: "@cf/deepgram/aura-2-es",
    task: "text-to-speech",
    created: "2025-10", // UNCONFIRMED month
    // Deepgram Aura-2 (Spanish): 10 speakers.
    input: "deepgram-tts",
    output: "audio-bytes",
    price: perUnit(0.03, "1,000 characters"), // UNCONFIRMED: aura-2-en's price
  }),
];
