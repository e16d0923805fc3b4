import { env } from "cloudflare:workers";
import { findModel, type Model } from "@wai/catalog";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TURBO_OUTPUT } from "./fixtures/workers-ai-outputs.ts";
import { audioForm, errorOf, post, wav } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const transcribe = (fields: Record<string, string | string[]>, file?: Parameters<typeof audioForm>[1]) =>
  post("/v1/audio/transcriptions", audioForm(fields, file));

describe("POST /v1/audio/transcriptions on the emulator", () => {
  // The emulator's answer for a 3-second WAV of silence is fixed: its words follow from the bytes.
  it("srt and vtt: the exact text for a known emulator output (whisper-large-v3-turbo)", async () => {
    const srt = await (await transcribe({ model: "whisper-1", response_format: "srt" })).text();
    expect(srt).toBe("1\n00:00:00,038 --> 00:00:02,963\n[emulated en transcription] Shapes the input with shapes.\n\n");
    const vtt = await (await transcribe({ model: "whisper-1", response_format: "vtt" })).text();
    expect(vtt).toBe(
      "WEBVTT\n\n00:00:00.038 --> 00:00:02.963\n[emulated en transcription] Shapes the input with shapes.\n\n",
    );
  });

  it("json, text and verbose_json for the same audio", async () => {
    const text = "[emulated en transcription] Shapes the input with shapes.";
    const json = await transcribe({ model: "whisper-1" });
    expect(await json.json()).toEqual({ text, usage: { type: "duration", seconds: 3 } });
    const plain = await transcribe({ model: "whisper-1", response_format: "text" });
    expect(await plain.text()).toBe(`${text}\n`);
    const verbose = await transcribe({
      model: "whisper-1",
      response_format: "verbose_json",
      "timestamp_granularities[]": ["word", "segment"],
    });
    const body = (await verbose.json()) as Record<string, unknown> & { words: unknown[]; segments: unknown[] };
    expect(body).toMatchObject({ task: "transcribe", language: "english", duration: 3, text });
    expect(body.words).toHaveLength(8);
    expect(body.words[0]).toEqual({ word: "[emulated", start: 0.038, end: 0.338 });
    expect(body.segments).toHaveLength(1);
    expect(Object.keys(body.segments[0] as object)).toEqual([
      "id",
      "seek",
      "start",
      "end",
      "text",
      "tokens",
      "temperature",
      "avg_logprob",
      "compression_ratio",
      "no_speech_prob",
    ]);
  });

  it("the original guide's request: @cf/openai/whisper, multipart, answered {text}", async () => {
    const res = await transcribe(
      { model: "@cf/openai/whisper" },
      { bytes: wav(3), name: "audio.mp3", type: "audio/mpeg" },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      text: "[emulated transcription] Shapes the input with shapes clearly.",
      usage: { type: "duration", seconds: 3 },
    });
  });

  it("a raw audio/* body, fields in the query string, at the doubled /v1 too", async () => {
    const res = await post("/v1/v1/audio/transcriptions?model=whisper-1&response_format=text&language=fr", wav(3), {
      "content-type": "audio/wav",
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^\[emulated fr transcription\] .+\n$/);
  });

  it("a raw body without Content-Length (chunked) is read up to the cap", async () => {
    const bytes = wav(2);
    const body = new ReadableStream({
      start(c) {
        c.enqueue(bytes.slice(0, 1000));
        c.enqueue(bytes.slice(1000));
        c.close();
      },
    });
    const res = await post("/v1/audio/transcriptions?model=@cf/openai/whisper", body, {
      "content-type": "audio/x-wav",
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toMatch(/^\[emulated transcription\]/);
  });
});

describe("what each model is sent", () => {
  it("whisper-large-v3-turbo: the bytes as a stream, language, initial_prompt, task; temperature reported", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await transcribe({
      model: "@cf/openai/whisper-large-v3-turbo",
      language: "French",
      prompt: "Glossary: Workers",
      temperature: "0.2",
      foo: "x",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gateway-notes")).toBe("ignored: temperature, foo");
    const [model, inputs] = run.mock.calls[0] ?? [];
    expect(model).toBe("@cf/openai/whisper-large-v3-turbo");
    expect(inputs).toEqual({
      audio: { body: expect.any(ReadableStream), contentType: "audio/wav" },
      task: "transcribe",
      language: "fr",
      initial_prompt: "Glossary: Workers",
    });
  });

  it("whisper and whisper-tiny-en: the documented {audio: number[]} with the file's bytes; language reported", async () => {
    const run = vi.spyOn(env.AI, "run");
    const bytes = wav(1, { fill: 0xc3 });
    for (const model of ["@cf/openai/whisper-tiny-en", "@cf/openai/whisper"]) {
      const res = await transcribe({ model, language: "en" }, { bytes, name: "a.webm", type: "" });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-gateway-notes")).toBe("ignored: language");
    }
    for (const [model, inputs] of run.mock.calls) {
      expect(model).toMatch(/^@cf\/openai\/whisper(-tiny-en)?$/);
      expect(Object.keys(inputs)).toEqual(["audio"]);
      const audio = (inputs as { audio: unknown }).audio;
      expect(Array.isArray(audio)).toBe(true);
      expect(audio).toEqual(Array.from(bytes));
    }
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("the file name's extension decides the type sent upstream when the part's type disagrees (turbo's stream)", async () => {
    const run = vi.spyOn(env.AI, "run");
    await transcribe({ model: "whisper-1" }, { bytes: wav(1), name: "talk.wav", type: "audio/mpeg" });
    await transcribe({ model: "whisper-1" }, { bytes: wav(1), name: "talk.ogg", type: "audio/ogg; codecs=opus" });
    const types = run.mock.calls.map((call) => (call[1] as { audio: { contentType: string } }).audio.contentType);
    expect(types).toEqual(["audio/wav", "audio/ogg; codecs=opus"]);
  });

  it("nova-3: the stream form {body, contentType}, smart_format, detect_language; prompt reported", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await transcribe({ model: "@cf/deepgram/nova-3", prompt: "Workers" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gateway-notes")).toBe("ignored: prompt");
    expect(run.mock.calls[0]?.[1]).toEqual({
      audio: { body: expect.any(ReadableStream), contentType: "audio/wav" },
      smart_format: true,
      detect_language: true,
    });
  });

  it("uses the model's answer: a stubbed turbo output comes back as verbose_json", async () => {
    vi.spyOn(env.AI, "run").mockResolvedValue(TURBO_OUTPUT);
    const res = await transcribe({ model: "whisper-1", response_format: "verbose_json" });
    expect(await res.json()).toMatchObject({ language: "french", duration: 4.5, segments: [{ id: 0 }, { id: 1 }] });
  });

  it("MODEL_ALIASES can point whisper-1 elsewhere", async () => {
    const run = vi.spyOn(env.AI, "run");
    const saved = env.MODEL_ALIASES;
    env.MODEL_ALIASES = "whisper-1=@cf/openai/whisper";
    try {
      expect((await transcribe({ model: "whisper-1" })).status).toBe(200);
    } finally {
      env.MODEL_ALIASES = saved;
    }
    expect(run.mock.calls[0]?.[0]).toBe("@cf/openai/whisper");
  });
});

describe("large files", () => {
  it("a 25 MiB upload is transcribed by turbo (a stream)", { timeout: 60_000 }, async () => {
    const bytes = wav((25 * 1024 * 1024 - 44) / 32000);
    expect(bytes.length).toBe(25 * 1024 * 1024);
    const res = await transcribe({ model: "whisper-1", response_format: "verbose_json" }, { bytes });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { duration: number }).duration).toBeCloseTo(819, 0);
  });

  it("whisper and tiny-en take up to their cap (number[] costs memory); one byte more is a 413 naming turbo", {
    timeout: 60_000,
  }, async () => {
    const cap = (findModel("@cf/openai/whisper") as Model).limits.maxAudioBytes as number;
    expect(cap).toBe(4 * 1024 * 1024);
    const bytes = wav((cap - 44) / 32000);
    expect(bytes.length).toBe(cap);
    const ok = await transcribe({ model: "@cf/openai/whisper", response_format: "verbose_json" }, { bytes });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { duration: number }).duration).toBeCloseTo(131, 0);
    const over = new Uint8Array(cap + 1);
    over.set(bytes);
    const run = vi.spyOn(env.AI, "run");
    for (const model of ["@cf/openai/whisper", "@cf/openai/whisper-tiny-en"]) {
      const res = await transcribe({ model }, { bytes: over });
      expect(res.status).toBe(413);
      const error = await errorOf(res);
      expect(error).toMatchObject({ param: "file", code: "file_too_large", type: "invalid_request_error" });
      expect(error.message).toContain(`takes files up to ${cap} bytes (4 MB)`);
      expect(error.message).toContain("`@cf/openai/whisper-large-v3-turbo` (`whisper-1`)");
    }
    const raw = await post("/v1/audio/transcriptions?model=@cf/openai/whisper", over, { "content-type": "audio/wav" });
    expect(raw.status).toBe(413);
    expect((await errorOf(raw)).message).toContain(`this one is ${cap + 1} bytes`);
    expect(run).not.toHaveBeenCalled();
  });

  it("one byte over the cap is a 413 naming the limit, multipart or raw", { timeout: 60_000 }, async () => {
    const saved = env.MAX_AUDIO_BYTES;
    env.MAX_AUDIO_BYTES = "100000";
    try {
      const bytes = wav(4).slice(0, 100_001);
      const res = await transcribe({ model: "whisper-1" }, { bytes });
      expect(res.status).toBe(413);
      expect(await errorOf(res)).toMatchObject({
        param: "file",
        code: "file_too_large",
        type: "invalid_request_error",
      });
      const raw = await post("/v1/audio/transcriptions?model=whisper-1", bytes, { "content-type": "audio/wav" });
      expect(raw.status).toBe(413);
      expect((await errorOf(raw)).message).toContain("(100000)");
      expect((await transcribe({ model: "whisper-1" }, { bytes: bytes.slice(0, 100_000) })).status).toBe(200);
    } finally {
      env.MAX_AUDIO_BYTES = saved;
    }
  });
});
