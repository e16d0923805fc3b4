import type { Model } from "@wai/catalog";
import { badRequest } from "@wai/core";
import type { AuraInput, AuraModelId, AuraSpeaker, MeloTtsInput } from "../upstream-inputs.ts";
import type { CreateSpeechParams, SpeechFormat } from "./speech-params.ts";
import { AURA_SPEAKERS, ENGLISH_SPEAKER_FOR, MELO_LANGS, OPENAI_VOICES, SPANISH_SPEAKER_FOR } from "./voices.ts";

export interface SpeechInputs {
  inputs: MeloTtsInput | AuraInput;
  /** Fields set that this model cannot honour (reported in a header). */
  ignored: string[];
}

/** Deepgram's `encoding`/`container` (and `sample_rate`) for each OpenAI format; `pcm` is raw 24 kHz 16-bit. */
const AURA_FORMAT: Readonly<Record<SpeechFormat, Pick<AuraInput, "encoding" | "container" | "sample_rate">>> = {
  mp3: { encoding: "mp3" },
  opus: { encoding: "opus", container: "ogg" },
  aac: { encoding: "aac" },
  flac: { encoding: "flac" },
  wav: { encoding: "linear16", container: "wav" },
  pcm: { encoding: "linear16", container: "none", sample_rate: 24000 },
};

/**
 * OpenAI's speech request → the model's inputs (reference §2.6, §6 item 14). Quirks: melotts takes the text
 * as `prompt` and a `lang`, and only makes MP3, so `voice` picks the language (`fr`) and any other format is a
 * 400; aura takes `text`, a `speaker` (OpenAI voices map to one) and `encoding`/`container`. No model has
 * `speed` or `instructions`.
 */
export function toSpeechInputs(model: Model, params: CreateSpeechParams): SpeechInputs {
  const ignored: string[] = [];
  if (params.speed !== undefined && params.speed !== 1) ignored.push("speed");
  if (params.instructions) ignored.push("instructions");
  const voice = (typeof params.voice === "string" ? params.voice : params.voice.id).trim().toLowerCase();
  const format = params.response_format;
  if (model.input === "melotts") {
    if (format !== "mp3") {
      throw badRequest(
        `The model \`${params.model}\` only produces mp3; response_format '${format}' is not available.`,
        "response_format",
        "unsupported_response_format",
      );
    }
    const lang = MELO_LANGS[voice];
    if (!lang && !isOpenAiVoice(voice))
      throw unknownVoice(params.model, voice, [...OPENAI_VOICES, ...Object.keys(MELO_LANGS)]);
    if (!lang) ignored.push("voice");
    const inputs: MeloTtsInput = { prompt: params.input, lang: lang ?? "en" };
    return { inputs, ignored };
  }
  const speakers: readonly AuraSpeaker[] = isAuraModel(model.id) ? AURA_SPEAKERS[model.id] : [];
  const table: Readonly<Record<string, AuraSpeaker>> = model.id.endsWith("-es")
    ? SPANISH_SPEAKER_FOR
    : ENGLISH_SPEAKER_FOR;
  const speaker = speakers.find((s) => s === voice) ?? table[voice];
  if (!speaker) throw unknownVoice(params.model, voice, [...OPENAI_VOICES, ...speakers]);
  const inputs: AuraInput = { text: params.input, speaker, ...AURA_FORMAT[format] };
  return { inputs, ignored };
}

const isAuraModel = (id: string): id is AuraModelId => Object.hasOwn(AURA_SPEAKERS, id);

const isOpenAiVoice = (voice: string) => (OPENAI_VOICES as readonly string[]).includes(voice);

function unknownVoice(model: string, voice: string, valid: readonly string[]) {
  return badRequest(
    `The voice '${voice}' is not available for \`${model}\`. Use one of: ${valid.join(", ")}.`,
    "voice",
    "invalid_voice",
  );
}
