import { findModel, type Model } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { NOVA_OUTPUT, TURBO_OUTPUT, WHISPER_OUTPUT } from "../../test/fixtures/workers-ai-outputs.ts";
import { toTranscript } from "./to-transcript.ts";
import { toTranscriptionResponse } from "./to-transcription-response.ts";
import type { TranscriptionFields } from "./transcription-params.ts";

const model = (id: string) => findModel(id) as Model;
const turbo = () => toTranscript(model("@cf/openai/whisper-large-v3-turbo"), TURBO_OUTPUT);
const fields = (f: Partial<TranscriptionFields>): TranscriptionFields => ({
  model: "whisper-1",
  response_format: "json",
  ...f,
});
const render = (f: Partial<TranscriptionFields>, task: "transcribe" | "translate" = "transcribe") =>
  toTranscriptionResponse(turbo(), fields(f), task);

describe("toTranscriptionResponse, from whisper-large-v3-turbo's answer", () => {
  it("json: the text, with the duration used", async () => {
    const res = render({});
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.text()).toBe(
      '{"text":"Bonjour à tous. Ceci est un essai --> réussi.","usage":{"type":"duration","seconds":5}}',
    );
  });

  it("text: the plain transcript and a newline", async () => {
    const res = render({ response_format: "text" });
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe("Bonjour à tous. Ceci est un essai --> réussi.\n");
  });

  it("srt: numbered cues, hours always written, a comma before the milliseconds, `-->` in text escaped", async () => {
    expect(await render({ response_format: "srt" }).text()).toBe(
      "1\n00:00:00,000 --> 00:00:01,240\nBonjour à tous.\n\n" +
        "2\n00:00:01,500 --> 01:02:05,005\nCeci est un essai -> réussi.\n\n",
    );
  });

  it("vtt: the WEBVTT header, `HH:MM:SS.mmm`, a blank line after each cue", async () => {
    expect(await render({ response_format: "vtt" }).text()).toBe(
      "WEBVTT\n\n00:00:00.000 --> 00:00:01.240\nBonjour à tous.\n\n" +
        "00:00:01.500 --> 01:02:05.005\nCeci est un essai -> réussi.\n\n",
    );
  });

  it("verbose_json: task, language name, duration, text, segments with every OpenAI field", async () => {
    const body = await render({ response_format: "verbose_json" }).json();
    expect(body).toEqual({
      task: "transcribe",
      language: "french",
      duration: 4.5,
      text: "Bonjour à tous. Ceci est un essai --> réussi.",
      segments: [
        {
          id: 0,
          seek: 0,
          start: 0,
          end: 1.24,
          text: " Bonjour à tous.",
          tokens: [],
          temperature: 0,
          avg_logprob: -0.2314453125,
          compression_ratio: 0.8571428656578064,
          no_speech_prob: 0.0123291015625,
        },
        {
          id: 1,
          seek: 150,
          start: 1.5,
          end: 3725.005,
          text: " Ceci est un essai --> réussi.",
          tokens: [],
          temperature: 0.20000000298023224,
          avg_logprob: -0.4150390625,
          compression_ratio: 0.9130434989929199,
          no_speech_prob: 0.001953125,
        },
      ],
      usage: { type: "duration", seconds: 5 },
    });
  });

  it("verbose_json with word granularity: the nested words flattened, trimmed; no segments unless asked", async () => {
    const body = (await render({ response_format: "verbose_json", timestamp_granularities: ["word"] }).json()) as {
      words: unknown[];
      segments?: unknown;
    };
    expect(body.segments).toBeUndefined();
    expect(body.words.slice(0, 2)).toEqual([
      { word: "Bonjour", start: 0, end: 0.58 },
      { word: "à", start: 0.58, end: 0.72 },
    ]);
    expect(body.words).toHaveLength(9);
  });

  it("a translation reports `english` whatever the source language", async () => {
    const body = (await render({ response_format: "verbose_json" }, "translate").json()) as Record<string, unknown>;
    expect(body).toMatchObject({ task: "translate", language: "english" });
  });
});

describe("toTranscriptionResponse, from models that return only words", () => {
  it("whisper: cues built from the words, split at sentences and pauses", async () => {
    const t = toTranscript(model("@cf/openai/whisper"), WHISPER_OUTPUT);
    const srt = await toTranscriptionResponse(t, fields({ response_format: "srt" }), "transcribe").text();
    expect(srt).toBe(
      "1\n00:00:00,000 --> 00:00:00,960\nHello, world.\n\n2\n00:00:02,500 --> 00:00:03,520\nHow are you today?\n\n",
    );
  });

  it("nova-3: punctuated words, Deepgram's detected language and duration", async () => {
    const t = toTranscript(model("@cf/deepgram/nova-3"), NOVA_OUTPUT);
    const body = await toTranscriptionResponse(
      t,
      fields({ response_format: "verbose_json", timestamp_granularities: ["word", "segment"] }),
      "transcribe",
    ).json();
    expect(body).toMatchObject({
      language: "english",
      duration: 2.25,
      text: "hello world",
      words: [
        { word: "Hello", start: 0.08, end: 0.48 },
        { word: "world.", start: 0.48, end: 0.96 },
      ],
      segments: [{ id: 0, start: 0.08, end: 0.96, text: " Hello world." }],
    });
  });

  it("an output that is not a transcription is a 502, not a crash", () => {
    expect(() => toTranscript(model("@cf/openai/whisper"), { response: "hi" })).toThrow(/does not recognise/);
  });
});
