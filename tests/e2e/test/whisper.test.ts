import { makeWav } from "@wai/emulator/wav";
import { toFile } from "openai";
import { describe, expect, it } from "vitest";
import { GATEWAY_URL, openaiClient } from "./gateway-client.ts";

const client = openaiClient();

/** A PCM WAV of `bytes` bytes in all; the emulator reads its duration from the header. */
const wav = (bytes: number) => makeWav(bytes - 44);

describe("whisper through the router, on the local gateway", () => {
  it("transcribes with the OpenAI SDK in srt and verbose_json", async () => {
    const file = await toFile(wav(96_044), "talk.wav", { type: "audio/wav" });
    const srt = await client.audio.transcriptions.create({ file, model: "whisper-1", response_format: "srt" });
    expect(srt).toMatch(/^1\n00:00:00,\d{3} --> 00:00:02,\d{3}\n\[emulated en transcription\] .+\n\n$/);
    const verbose = await client.audio.transcriptions.create({
      file: await toFile(wav(96_044), "talk.wav"),
      model: "whisper-1",
      response_format: "verbose_json",
      timestamp_granularities: ["word"],
    });
    expect(verbose).toMatchObject({ task: "transcribe", language: "english", duration: 3 });
    expect(verbose.words?.length).toBeGreaterThan(3);
  });

  it("answers the original guide's curl: multipart with model @cf/openai/whisper, at /v1/v1 too", async () => {
    const form = new FormData();
    form.append("file", new Blob([wav(32_044)], { type: "audio/mpeg" }), "audio.mp3");
    form.append("model", "@cf/openai/whisper");
    const res = await fetch(`${GATEWAY_URL}/v1/v1/audio/transcriptions`, {
      method: "POST",
      headers: { authorization: "Bearer sk-local-dev" },
      body: form,
    });
    expect(res.status).toBe(200);
    expect(Object.keys((await res.json()) as object)).toContain("text");
  });

  it("translates to English", async () => {
    const result = await client.audio.translations.create({
      file: await toFile(wav(64_044), "talk.wav"),
      model: "whisper-1",
      response_format: "vtt",
    });
    expect(result).toMatch(
      /^WEBVTT\n\n00:00:00\.\d{3} --> 00:00:01\.\d{3}\n\[emulated translation from en to English\]/,
    );
  });

  it("speaks", async () => {
    const res = await client.audio.speech.create({ model: "tts-1", voice: "alloy", input: "Hello from the gateway" });
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it("takes a 25 MiB raw upload and refuses one byte more with a 413", { timeout: 120_000 }, async () => {
    const max = 25 * 1024 * 1024;
    const ok = await fetch(`${GATEWAY_URL}/v1/audio/transcriptions?model=whisper-1&response_format=verbose_json`, {
      method: "POST",
      headers: { authorization: "Bearer sk-local-dev", "content-type": "audio/wav" },
      body: wav(max),
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { duration: number }).duration).toBeCloseTo(819.2, 0);
    const tooBig = await fetch(`${GATEWAY_URL}/v1/audio/transcriptions?model=whisper-1`, {
      method: "POST",
      headers: { authorization: "Bearer sk-local-dev", "content-type": "audio/wav" },
      body: wav(max + 1),
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: { param: "file", code: "file_too_large" } });
  });
});
