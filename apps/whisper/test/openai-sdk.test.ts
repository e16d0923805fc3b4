import { exports } from "cloudflare:workers";
import OpenAI, { toFile } from "openai";
import { describe, expect, it } from "vitest";
import { KEY, wav } from "./helpers.ts";

// The official SDK is the contract: what it sends, this worker takes; what this worker answers, it parses.
const client = new OpenAI({
  apiKey: KEY,
  baseURL: "http://w/v1",
  fetch: (url, init) => exports.default.fetch(url, init),
  maxRetries: 0,
});
const file = () => toFile(wav(3), "speech.wav", { type: "audio/wav" });
const TEXT = "[emulated en transcription] Shapes the input with shapes.";

describe("openai SDK: audio.transcriptions.create", () => {
  it("json (the default)", async () => {
    const result = await client.audio.transcriptions.create({ file: await file(), model: "whisper-1" });
    expect(result.text).toBe(TEXT);
  });

  it("text, srt and vtt come back as strings", async () => {
    const text = await client.audio.transcriptions.create({
      file: await file(),
      model: "whisper-1",
      response_format: "text",
    });
    expect(text).toBe(`${TEXT}\n`);
    const srt = await client.audio.transcriptions.create({
      file: await file(),
      model: "whisper-1",
      response_format: "srt",
    });
    expect(srt).toBe(`1\n00:00:00,038 --> 00:00:02,963\n${TEXT}\n\n`);
    const vtt = await client.audio.transcriptions.create({
      file: await file(),
      model: "whisper-1",
      response_format: "vtt",
    });
    expect(vtt).toBe(`WEBVTT\n\n00:00:00.038 --> 00:00:02.963\n${TEXT}\n\n`);
  });

  it("verbose_json with word and segment timestamps, language and temperature", async () => {
    const result = await client.audio.transcriptions.create({
      file: await file(),
      model: "whisper-1",
      response_format: "verbose_json",
      timestamp_granularities: ["word", "segment"],
      language: "en",
      temperature: 0,
    });
    expect(result).toMatchObject({ language: "english", duration: 3, text: TEXT });
    expect(result.words?.[0]).toEqual({ word: "[emulated", start: 0.038, end: 0.338 });
    expect(result.segments?.[0]).toMatchObject({ id: 0, start: 0.038, end: 2.963, tokens: [] });
  });

  it("a Workers AI id as the model, the original guide's way", async () => {
    const result = await client.audio.transcriptions.create({ file: await file(), model: "@cf/openai/whisper" });
    expect(result.text).toMatch(/^\[emulated transcription\]/);
  });

  it("errors surface as the SDK's typed errors, with param", async () => {
    const error = await client.audio.transcriptions
      .create({ file: await file(), model: "whisper-1", response_format: "srt", timestamp_granularities: ["word"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("timestamp_granularities[]");
    const missing = await client.audio.transcriptions
      .create({ file: await file(), model: "nope" })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe("openai SDK: audio.translations.create", () => {
  it("json and verbose_json", async () => {
    const json = await client.audio.translations.create({ file: await file(), model: "whisper-1" });
    expect(json.text).toBe("[emulated translation from en to English] Shapes the input.");
    const verbose = await client.audio.translations.create({
      file: await file(),
      model: "whisper-1",
      response_format: "verbose_json",
    });
    expect(verbose).toMatchObject({ language: "english", duration: 3 });
  });

  it("srt", async () => {
    const srt = await client.audio.translations.create({
      file: await file(),
      model: "whisper-1",
      response_format: "srt",
    });
    expect(srt).toMatch(/^1\n00:00:00,033 --> 00:00:02,967\n\[emulated translation/);
  });
});

describe("openai SDK: audio.speech.create", () => {
  it("returns the audio bytes", async () => {
    const response = await client.audio.speech.create({ model: "tts-1", voice: "alloy", input: "Hello there" });
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(...bytes.subarray(0, 3))).toBe("ID3");
  });

  it("an aura model with a format and speed", async () => {
    const response = await client.audio.speech.create({
      model: "@cf/deepgram/aura-2-en",
      voice: "coral",
      input: "Hello there",
      response_format: "mp3",
      speed: 1,
    });
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
  });

  it("an impossible format is a BadRequestError on response_format", async () => {
    const error = await client.audio.speech
      .create({ model: "tts-1", voice: "alloy", input: "Hi", response_format: "flac" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("response_format");
  });
});
