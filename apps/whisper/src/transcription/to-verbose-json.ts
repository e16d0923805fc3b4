import { toLanguageName } from "./languages.ts";
import { segmentsFromWords } from "./segments-from-words.ts";
import type { WhisperTask } from "./to-whisper-inputs.ts";
import type { Transcript, TranscriptWord } from "./transcript.ts";

/** OpenAI's `TranscriptionSegment`: every field present. */
export interface TranscriptionSegment {
  id: number;
  seek: number;
  start: number;
  end: number;
  text: string;
  tokens: number[];
  temperature: number;
  avg_logprob: number;
  compression_ratio: number;
  no_speech_prob: number;
}

/** OpenAI's `CreateTranscriptionResponseVerboseJson` (plus the historical `task`). */
export interface TranscriptionVerbose {
  task: WhisperTask;
  language: string;
  duration: number;
  text: string;
  words?: TranscriptWord[];
  segments?: TranscriptionSegment[];
  usage?: { type: "duration"; seconds: number };
}

const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;

/**
 * `verbose_json`. Quirks filled in: the language is a lowercase name (`english`), as whisper-1 reports it, and
 * always `english` for translations; Workers AI gives no token ids or seek offsets, so `tokens` is `[]` and `seek`
 * the segment's start in 10 ms frames. Segments unless only `word` granularity was asked; words when asked.
 */
export function toVerboseJson(
  t: Transcript,
  task: WhisperTask,
  granularities: readonly string[] | undefined,
  requestedLanguage?: string,
): TranscriptionVerbose {
  const wantSegments = !granularities?.length || granularities.includes("segment");
  const wantWords = granularities?.includes("word") ?? false;
  const language = task === "translate" ? "english" : toLanguageName(t.language ?? requestedLanguage ?? "unknown");
  const duration = ms(t.duration ?? 0);
  const body: TranscriptionVerbose = { task, language, duration, text: t.text };
  if (wantWords) body.words = (t.words ?? []).map((w) => ({ word: w.word, start: ms(w.start), end: ms(w.end) }));
  if (wantSegments) {
    const segments = t.segments ?? segmentsFromWords(t.words ?? []);
    body.segments = segments.map((s, id) => ({
      id,
      seek: Math.floor(s.start * 100),
      start: ms(s.start),
      end: ms(s.end),
      text: s.text,
      tokens: [],
      temperature: s.temperature,
      avg_logprob: s.avg_logprob,
      compression_ratio: s.compression_ratio,
      no_speech_prob: s.no_speech_prob,
    }));
  }
  if (t.duration !== undefined) body.usage = { type: "duration", seconds: Math.ceil(t.duration) };
  return body;
}
