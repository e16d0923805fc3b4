import type { Model } from "@wai/catalog";
import { ApiError } from "@wai/core";
import type { Transcript, TranscriptSegment, TranscriptWord } from "./transcript.ts";

type Obj = Record<string, unknown>;

/**
 * A speech model's output → one `Transcript`. Quirks (reference §2.5): whisper returns top-level `words` and no
 * segments or language; whisper-large-v3-turbo returns `segments` with the words **nested** in them (each with
 * a leading space) and `transcription_info.{language, duration}`; nova-3 returns Deepgram's
 * `results.channels[0].alternatives[0]` with `punctuated_word`s. Times are float32s (`0.23999999463558197`).
 */
export function toTranscript(model: Model, output: unknown): Transcript {
  const out = isObj(output) ? output : undefined;
  if (model.output === "deepgram-stt") return fromDeepgram(out);
  if (!out || typeof out.text !== "string") throw unexpected(model);
  const info = isObj(out.transcription_info) ? out.transcription_info : {};
  const segments = Array.isArray(out.segments) ? out.segments.filter(isObj) : undefined;
  const nested = segments?.flatMap((s) => (Array.isArray(s.words) ? s.words : []));
  const words = toWords(Array.isArray(out.words) ? out.words : nested?.length ? nested : undefined);
  return {
    text: out.text.trim(),
    // whisper-tiny-en reports no language, but only ever hears English.
    language: typeof info.language === "string" ? info.language : model.id.endsWith("-en") ? "en" : undefined,
    duration: num(info.duration) ?? words?.at(-1)?.end,
    segments: segments?.map(toSegment),
    words,
  };
}

function fromDeepgram(out: Obj | undefined): Transcript {
  const results = isObj(out?.results) ? out.results : {};
  const channel = Array.isArray(results.channels) && isObj(results.channels[0]) ? results.channels[0] : {};
  const best = Array.isArray(channel.alternatives) && isObj(channel.alternatives[0]) ? channel.alternatives[0] : {};
  if (typeof best.transcript !== "string") throw unexpected({ id: "@cf/deepgram/nova-3" });
  const raw = Array.isArray(best.words) ? best.words.filter(isObj) : [];
  const words = toWords(raw.map((w) => ({ ...w, word: w.punctuated_word ?? w.word })));
  const metadata = isObj(out?.metadata) ? out.metadata : {};
  const detected = channel.detected_language;
  return {
    text: best.transcript.trim(),
    language: typeof detected === "string" ? detected : undefined,
    duration: num(metadata.duration) ?? words?.at(-1)?.end,
    segments: undefined,
    words,
  };
}

function toSegment(s: Obj): TranscriptSegment {
  return {
    start: num(s.start) ?? 0,
    end: num(s.end) ?? 0,
    text: typeof s.text === "string" ? s.text : "",
    temperature: num(s.temperature) ?? 0,
    avg_logprob: num(s.avg_logprob) ?? 0,
    compression_ratio: num(s.compression_ratio) ?? 0,
    no_speech_prob: num(s.no_speech_prob) ?? 0,
  };
}

function toWords(list: unknown[] | undefined): TranscriptWord[] | undefined {
  if (!list) return undefined;
  return list.filter(isObj).map((w) => ({
    word: typeof w.word === "string" ? w.word.trim() : "",
    start: num(w.start) ?? 0,
    end: num(w.end) ?? 0,
  }));
}

const isObj = (value: unknown): value is Obj => !!value && typeof value === "object" && !Array.isArray(value);
const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

function unexpected(model: Pick<Model, "id">): ApiError {
  return new ApiError({
    status: 502,
    type: "upstream_error",
    code: "upstream_error",
    message: `Workers AI answered \`${model.id}\` with an output this gateway does not recognise as a transcription.`,
  });
}
