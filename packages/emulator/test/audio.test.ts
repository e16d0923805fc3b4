import { describe, expect, it } from "vitest";
import { toBase64 } from "../src/bytes.ts";
import { emulate } from "../src/emulate.ts";
import { wavOfSeconds } from "../src/wav.ts";
import { AURA, MELOTTS, NOVA_3, WHISPER, WHISPER_TURBO } from "./fixtures/models.ts";
import { bytesOf, expectAiError, jsonOf } from "./helpers.ts";

const wav = (seconds: number, marker = "") => wavOfSeconds(seconds, { marker });

describe("whisper (bytes in)", () => {
  it("returns {text, word_count, words, vtt} timed over the audio's duration", async () => {
    const out = jsonOf(await emulate(WHISPER, { audio: [...wav(4)] }));
    expect(Object.keys(out)).toEqual(["text", "word_count", "words", "vtt"]);
    expect(out.text).toMatch(/^\[emulated transcription\] [A-Z]/);
    expect(out.word_count).toBe(out.words.length);
    expect(out.words.map((w: any) => w.word).join(" ")).toBe(out.text);
    expect(out.words.at(-1).end).toBeLessThanOrEqual(4);
    expect(out.words.at(-1).end).toBeGreaterThan(3.5);
    expect(out.vtt).toMatch(/^WEBVTT\n\n00:00\.\d{3} --> 00:0\d\.\d{3}\n\[emulated transcription\] /);
    expect(out.vtt.endsWith("\n\n")).toBe(true);
  });

  it("is deterministic from the audio bytes", async () => {
    const a = jsonOf(await emulate(WHISPER, { audio: [...wav(2)] }));
    expect(jsonOf(await emulate(WHISPER, { audio: [...wav(2)] }))).toEqual(a);
    expect(jsonOf(await emulate(WHISPER, { audio: [...wav(2, "x")] })).text).not.toEqual(a.text);
  });

  it("refuses the stream form {body, contentType}: its published type is {audio: number[]} only", async () => {
    const body = new Response(wav(1)).body;
    await expectAiError(
      emulate(WHISPER, { audio: { body, contentType: "audio/wav" } }),
      5006,
      "5006: Bad input: Error: Type mismatch of '/audio', 'array' not in 'object'",
    );
  });

  it("refuses audio numbers that are not bytes", async () => {
    await expectAiError(emulate(WHISPER, { audio: [1, 256] }), 5006, /'\/audio\/1' must be a byte/);
    await expectAiError(emulate(WHISPER, { audio: [1.5] }), 5006, /'\/audio\/0' must be a byte/);
  });

  it("refuses a Uint8Array, base64, a bare stream and no audio", async () => {
    await expectAiError(
      emulate(WHISPER, { audio: wav(1) }),
      5006,
      /Type mismatch of '\/audio', 'array' not in 'object'/,
    );
    await expectAiError(emulate(WHISPER, { audio: toBase64(wav(1)) }), 5006, /'array' not in 'string'/);
    await expectAiError(emulate(WHISPER, {}), 5006, /required properties at '\/' are 'audio'/);
    const bare = emulate(WHISPER, { audio: new Response(wav(1)).body });
    await expect(bare).rejects.toMatchObject({
      name: "AiInternalError",
      message: "Content-Type is required with ReadableStream inputs",
    });
  });
});

describe("whisper-large-v3-turbo (base64 in)", () => {
  it("returns transcription_info, segments with words, vtt", async () => {
    const out = jsonOf(await emulate(WHISPER_TURBO, { audio: toBase64(wav(6)) }));
    expect(out.transcription_info).toEqual({
      language: "en",
      language_probability: expect.any(Number),
      duration: 6,
      duration_after_vad: 6,
    });
    expect(out.text).toMatch(/^\[emulated en transcription\] /);
    expect(out.word_count).toBe(out.segments.flatMap((s: any) => s.words).length);
    const segment = out.segments[0];
    expect(segment).toEqual({
      start: expect.any(Number),
      end: expect.any(Number),
      text: expect.stringMatching(/^ \[emulated en transcription\]/),
      temperature: 0,
      avg_logprob: expect.any(Number),
      compression_ratio: expect.any(Number),
      no_speech_prob: expect.any(Number),
      words: expect.arrayContaining([{ word: " [emulated", start: expect.any(Number), end: expect.any(Number) }]),
    });
    expect(out.vtt.split("\n\n").length - 2).toBe(out.segments.length);
    expect(out.vtt).toContain(`\n${segment.text}\n`);
  });

  it("translates to English and echoes the language", async () => {
    const out = jsonOf(
      await emulate(WHISPER_TURBO, { audio: toBase64(wav(2)), task: "translate", language: "fr", vad_filter: true }),
    );
    expect(out.text).toMatch(/^\[emulated translation from fr to English\] /);
    expect(out.transcription_info).toMatchObject({
      language: "fr",
      language_probability: 1,
      duration: 2,
      duration_after_vad: 1.84,
    });
  });

  it("refuses number[] audio, bad base64 and an unknown task", async () => {
    await expectAiError(emulate(WHISPER_TURBO, { audio: [1, 2, 3] }), 5006, /'string' not in 'array'/);
    await expectAiError(emulate(WHISPER_TURBO, { audio: "not base64!" }), 5004, /Invalid data type for base64 input/);
    await expectAiError(emulate(WHISPER_TURBO, { audio: toBase64(wav(1)), task: "summarize" }), 5006, /task/);
  });
});

describe("nova-3", () => {
  it("returns Deepgram's results shape from {body, contentType}", async () => {
    const out = jsonOf(await emulate(NOVA_3, { audio: { body: new Response(wav(2)).body, contentType: "audio/wav" } }));
    const alt = out.results.channels[0].alternatives[0];
    expect(alt.transcript).toMatch(/^\[emulated transcription\]/);
    expect(alt.words[0]).toEqual({
      word: "emulated",
      start: expect.any(Number),
      end: expect.any(Number),
      confidence: 0.99,
      punctuated_word: "[emulated",
    });
    await expectAiError(emulate(NOVA_3, { audio: [1, 2] }), 5006, /'object' not in 'array'/);
  });
});

function expectMp3(bytes: Uint8Array, seconds: number): void {
  expect(String.fromCharCode(...bytes.subarray(0, 3))).toBe("ID3");
  const tagSize = 10 + (((bytes[6] ?? 0) << 21) | ((bytes[7] ?? 0) << 14) | ((bytes[8] ?? 0) << 7) | (bytes[9] ?? 0));
  expect(new TextDecoder().decode(bytes.subarray(10, tagSize))).toContain("[emulated");
  expect([...bytes.subarray(tagSize, tagSize + 4)]).toEqual([0xff, 0xfb, 0x90, 0x64]);
  expect([...bytes.subarray(tagSize + 417, tagSize + 421)]).toEqual([0xff, 0xfb, 0x90, 0x64]);
  expect((bytes.length - tagSize) % 417).toBe(0);
  expect(((bytes.length - tagSize) / 417) * (1152 / 44100)).toBeCloseTo(seconds, 0);
}

describe("text to speech", () => {
  it("melotts returns {audio: base64 MP3} lasting with the text", async () => {
    const prompt = "Hello there, this is a test of the speech model.";
    const out = jsonOf(await emulate(MELOTTS, { prompt, lang: "en" }));
    expect(Object.keys(out)).toEqual(["audio"]);
    expectMp3(
      Uint8Array.from(atob(out.audio), (c) => c.charCodeAt(0)),
      prompt.length * 0.065,
    );
    await expectAiError(emulate(MELOTTS, { text: "hi" }), 5006, /required properties at '\/' are 'prompt'/);
  });

  it("aura returns the MP3 bytes as a stream", async () => {
    const out = await emulate(AURA, { text: "Good morning", speaker: "luna" });
    expect(out).toMatchObject({ kind: "bytes", contentType: "audio/mpeg" });
    expectMp3(await bytesOf(out), 1);
    await expectAiError(emulate(AURA, { prompt: "hi" }), 5006, /required properties at '\/' are 'text'/);
  });

  it("an MP3 from TTS transcribes to about its own duration", async () => {
    const mp3 = await bytesOf(await emulate(AURA, { text: "x".repeat(100) }));
    const out = jsonOf(await emulate(WHISPER_TURBO, { audio: toBase64(mp3) }));
    expect(out.transcription_info.duration).toBeCloseTo(6.5, 0);
  });
});

describe("vtt timestamps", () => {
  it("writes MM:SS.mmm, with hours past an hour", async () => {
    const { toVtt } = await import("../src/speech-recognition/vtt.ts");
    expect(
      toVtt([
        { start: 0.5, end: 61.25, text: " Hi" },
        { start: 3600, end: 3601.5, text: " there" },
      ]),
    ).toBe("WEBVTT\n\n00:00.500 --> 01:01.250\n Hi\n\n01:00:00.000 --> 01:00:01.500\n there\n\n");
  });
});
