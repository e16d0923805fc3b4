/** A timed word, as OpenAI's `verbose_json` `words` carry it. */
export interface TranscriptWord {
  word: string;
  start: number;
  end: number;
}

/** A segment with what whisper reports about its decoding (zero when the model does not say). */
export interface TranscriptSegment {
  start: number;
  end: number;
  text: string;
  temperature: number;
  avg_logprob: number;
  compression_ratio: number;
  no_speech_prob: number;
}

/** Any speech model's answer, normalized: what every response format is built from. */
export interface Transcript {
  text: string;
  /** ISO code, when the model reports it. */
  language: string | undefined;
  /** Seconds, when the model reports it (else the last word's end). */
  duration: number | undefined;
  /** As the model returned them; undefined when it returns only words. */
  segments: TranscriptSegment[] | undefined;
  words: TranscriptWord[] | undefined;
}
