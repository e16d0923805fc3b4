import type { TranscriptSegment, TranscriptWord } from "./transcript.ts";

/** A cue ends after a sentence, a pause, or this many words: subtitle-sized lines. */
const MAX_WORDS = 12;
const PAUSE_SECONDS = 1;
const SENTENCE_END = /[.?!。？！]["'”’)]*$/;

/**
 * Segments for models that return only words (whisper, whisper-tiny-en, nova-3): words grouped into
 * sentences, split at pauses longer than a second and after 12 words. Text gets whisper's leading space.
 */
export function segmentsFromWords(words: readonly TranscriptWord[]): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  let group: TranscriptWord[] = [];
  const flush = () => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) return;
    const text = ` ${group.map((w) => w.word).join(" ")}`;
    segments.push({
      start: first.start,
      end: last.end,
      text,
      temperature: 0,
      avg_logprob: 0,
      compression_ratio: 0,
      no_speech_prob: 0,
    });
    group = [];
  };
  for (const word of words) {
    const previous = group[group.length - 1];
    if (previous && word.start - previous.end > PAUSE_SECONDS) flush();
    group.push(word);
    if (group.length >= MAX_WORDS || SENTENCE_END.test(word.word)) flush();
  }
  flush();
  return segments;
}
