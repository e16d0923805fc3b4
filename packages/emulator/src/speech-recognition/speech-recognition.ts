import { badInput } from "../ai-error.ts";
import { findFaults, latin1Head, throwFaultError, throwTimeoutFault } from "../faults.ts";
import { hashBytes, seededRandom } from "../hash.ts";
import type { SpeechRecognitionModel } from "../model.ts";
import { jsonOutput, type Output } from "../output.ts";
import { type Obj, readBoolean, readString } from "../validate.ts";
import { audioSeconds } from "./audio-duration.ts";
import { groupWords, type TimedWord, transcribe } from "./transcript.ts";
import { readAudio } from "./validate-audio.ts";
import { toVtt } from "./vtt.ts";

/**
 * Speech recognition in the model's output style (reference §2.5), deterministic from the audio bytes, whose
 * length gives the duration. `whisper`: `{text, word_count, words, vtt}`. `whisper-turbo`: adds
 * `transcription_info` and `segments`; `task: "translate"` says it translated to English; `language` (default
 * `"en"`) is echoed. `deepgram-stt`: `{results: {channels: [{alternatives: [{transcript, confidence, words}]}]}}`.
 */
export async function speechRecognition(model: SpeechRecognitionModel, inputs: Obj): Promise<Output> {
  const bytes = await readAudio(model, inputs);
  const faults = findFaults(undefined, latin1Head(bytes));
  throwFaultError(faults);
  await throwTimeoutFault(faults);
  const seconds = Math.max(0.5, audioSeconds(bytes));
  const seed = hashBytes(bytes);
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  if (model.output === "whisper-turbo") {
    const task = readString(inputs, "task") ?? "transcribe";
    if (task !== "transcribe" && task !== "translate")
      throw badInput("'/task' must be one of 'transcribe', 'translate'");
    const language = readString(inputs, "language") ?? "en";
    const vad =
      inputs.vad_filter === "true" || (typeof inputs.vad_filter !== "string" && readBoolean(inputs, "vad_filter"));
    readString(inputs, "initial_prompt");
    readString(inputs, "prefix");
    const header =
      task === "translate"
        ? `[emulated translation from ${language} to English]`
        : `[emulated ${language} transcription]`;
    const words = transcribe(seed, seconds, header);
    const rand = seededRandom(seed ^ 0x9e3779b9);
    const segments = groupWords(words).map((group) => ({
      start: group[0]?.start ?? 0,
      end: group[group.length - 1]?.end ?? 0,
      text: ` ${group.map((w) => w.word).join(" ")}`,
      temperature: 0,
      avg_logprob: -round(0.1 + rand() * 0.2),
      compression_ratio: round(1.2 + rand() * 0.4),
      no_speech_prob: round(rand() * 0.05),
      words: group.map((w) => ({ ...w, word: ` ${w.word}` })),
    }));
    return jsonOutput({
      transcription_info: {
        language,
        language_probability: inputs.language ? 1 : round(0.9 + rand() * 0.1),
        duration: round(seconds),
        duration_after_vad: round(vad ? seconds * 0.92 : seconds),
      },
      text: words.map((w) => w.word).join(" "),
      word_count: words.length,
      segments,
      vtt: toVtt(segments),
    });
  }
  if (model.output === "deepgram")
    return jsonOutput(toDeepgram(transcribe(seed, seconds, "[emulated transcription]"), seconds));
  const words = transcribe(seed, seconds, "[emulated transcription]");
  const cues = groupWords(words).map((g) => ({
    start: g[0]?.start ?? 0,
    end: g[g.length - 1]?.end ?? 0,
    text: g.map((w) => w.word).join(" "),
  }));
  return jsonOutput({ text: words.map((w) => w.word).join(" "), word_count: words.length, words, vtt: toVtt(cues) });
}

function toDeepgram(words: TimedWord[], seconds: number): unknown {
  const transcript = words.map((w) => w.word).join(" ");
  return {
    metadata: { duration: Math.round(seconds * 1e4) / 1e4, channels: 1 },
    results: {
      channels: [
        {
          alternatives: [
            {
              transcript,
              confidence: 0.99,
              words: words.map((w) => ({
                word: w.word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, ""),
                start: w.start,
                end: w.end,
                confidence: 0.99,
                punctuated_word: w.word,
              })),
            },
          ],
        },
      ],
    },
  };
}
