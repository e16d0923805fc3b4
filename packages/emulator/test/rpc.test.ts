import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { toBase64 } from "../src/bytes.ts";
import { EMULATED_MODELS, RETIRED_MODELS } from "../src/models.ts";
import { bytesOf, expectAiError, sseEvents } from "./helpers.ts";

/** The emulator as apps see it: the `WorkersAiEmulator` entrypoint, called over RPC. */
const AI = (
  exports as unknown as {
    WorkersAiEmulator: {
      run(m: string, i: unknown, o?: unknown): Promise<any>;
      streamStats(): Promise<{ opened: number; finished: number; cancelled: number }>;
    };
  }
).WorkersAiEmulator;

type M = (typeof EMULATED_MODELS)[number];
/** A model of the emulator's table that fits (tests never name a model by id where a kind will do). */
const idOf = (fits: (m: M) => boolean) => (EMULATED_MODELS.find(fits) as M).id;
const output = (o: string) => (m: M) => "output" in m && m.output === o;

const LEGACY = idOf((m) => m.task === "text-generation" && m.output === "legacy" && !!m.tools);
const CHAT = idOf((m) => m.task === "text-generation" && m.request === "chat-completions");
const WHISPER = idOf((m) => m.task === "speech-recognition" && m.audio === "bytes");

describe("run over RPC", () => {
  it("returns plain objects for JSON outputs", async () => {
    const out = await AI.run(LEGACY, { prompt: "hi" });
    expect(out).toEqual({ response: expect.stringContaining(`[emulated ${LEGACY}]`), usage: expect.any(Object) });
  });

  it("returns a ReadableStream for stream: true and for binary outputs", async () => {
    const stream = await AI.run(CHAT, { messages: [{ role: "user", content: "hi" }], stream: true });
    expect(stream).toBeInstanceOf(ReadableStream);
    expect((await sseEvents(stream)).at(-1)).toBe("[DONE]");
    const png = await AI.run(idOf(output("png")), { prompt: "x", width: 256, height: 256 });
    expect(png).toBeInstanceOf(ReadableStream);
    expect([...(await bytesOf(png)).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const mp3 = await AI.run(
      idOf((m) => m.task === "text-to-speech" && m.request === "aura"),
      { text: "hi" },
    );
    expect(String.fromCharCode(...(await bytesOf(mp3)).subarray(0, 3))).toBe("ID3");
  });

  it("throws InferenceUpstreamError with '<code>: <description>' messages, name kept across RPC", async () => {
    const e = await expectAiError(AI.run(LEGACY, { prompt: "a", messages: [] }), 5006);
    expect(e.name).toBe("InferenceUpstreamError");
    expect(e.message).toBe("5006: Bad input: Error: prompt and messages are mutually exclusive");
  });

  it("answers unknown ids, aliases and retired models like Workers AI", async () => {
    await expectAiError(
      AI.run("@cf/nobody/nothing", { prompt: "x" }),
      5007,
      /^5007: No such model @cf\/nobody\/nothing or task$/,
    );
    await expectAiError(AI.run("gpt-4o-mini", { prompt: "x" }), 5007);
    for (const retired of RETIRED_MODELS)
      await expectAiError(AI.run(retired.id, { prompt: "x" }), 5028, `This model was deprecated on ${retired.date}`);
  });

  it("throws AiInternalError for a bare ReadableStream input, as the binding does", async () => {
    const audio = new Response(new Uint8Array(100)).body;
    // (Not `expect(rpcPromise).rejects`: reading a property of an RPC promise pipelines a second call.)
    const error = await AI.run(WHISPER, { audio }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toMatchObject({
      name: "AiInternalError",
      message: "Content-Type is required with ReadableStream inputs",
    });
  });

  it("takes the raw-body audio form across RPC", async () => {
    const audio = { body: new Response(new Uint8Array(32000)).body, contentType: "audio/mpeg" };
    expect((await AI.run(idOf(output("whisper-turbo")), { audio })).text).toMatch(/^\[emulated en transcription\]/);
  });

  it("gives the upstream Response with returnRawResponse", async () => {
    const ok = await AI.run(LEGACY, { prompt: "hi" }, { returnRawResponse: true });
    expect(ok).toBeInstanceOf(Response);
    expect(ok.headers.get("content-type")).toBe("application/json");
    expect(await ok.json()).toHaveProperty("response");
    const busy = await AI.run(LEGACY, { prompt: "hi #fault:3040" }, { returnRawResponse: true });
    expect(busy.status).toBe(429);
    expect(await busy.json()).toMatchObject({
      internalCode: 3040,
      description: "Capacity temporarily exceeded, please try again.",
    });
  });
});

describe("fault markers", () => {
  const user = (content: string) => ({ messages: [{ role: "user", content }] });

  it.each([
    [3040, "3040: Capacity temporarily exceeded, please try again."],
    [
      4006,
      "4006: you have used up your daily free allocation of 10,000 neurons, please upgrade to Cloudflare's Workers Paid plan if you would like to continue usage.",
    ],
    [5006, "5006: Bad input: Error: emulated bad input (#fault:5006)"],
    [
      5021,
      /^5021: The estimated number of input and maximum output tokens \(\d+\) exceeded this model context window limit \(\d+\)$/,
    ],
  ])("#fault:%s throws that error", async (code, message) => {
    const e = await expectAiError(AI.run(CHAT, user(`please fail #fault:${code}`)), code);
    expect(e.message).toMatch(message);
  });

  it("finds markers in prompts, system messages, content parts, embedding and m2m100 text", async () => {
    await expectAiError(AI.run(LEGACY, { prompt: "#fault:3040" }), 3040);
    await expectAiError(
      AI.run(LEGACY, {
        messages: [
          { role: "system", content: "#fault:4006" },
          { role: "user", content: "hi" },
        ],
      }),
      4006,
    );
    await expectAiError(
      AI.run(CHAT, { messages: [{ role: "user", content: [{ type: "text", text: "#fault:3040" }] }] }),
      3040,
    );
    await expectAiError(
      AI.run(
        idOf((m) => m.task === "embeddings"),
        { text: ["ok", "#fault:3040"] },
      ),
      3040,
    );
    await expectAiError(
      AI.run(
        idOf((m) => m.task === "translation"),
        { text: "Hallo #fault:3040", target_lang: "en" },
      ),
      3040,
    );
    await expectAiError(AI.run(idOf(output("png")), { prompt: "#fault:8007" }), 8007, /NSFW/);
  });

  it("finds markers in audio bytes: number[], base64 and a raw body", async () => {
    const audio = new Uint8Array(4000);
    audio.set(new TextEncoder().encode("....#fault:3040...."), 100);
    await expectAiError(AI.run(WHISPER, { audio: [...audio] }), 3040);
    await expectAiError(AI.run(idOf(output("whisper-turbo")), { audio: toBase64(audio) }), 3040);
    await expectAiError(
      AI.run(idOf(output("deepgram")), { audio: { body: new Response(audio).body, contentType: "audio/wav" } }),
      3040,
    );
  });

  it("#fault:slow-stream spaces events across RPC", async () => {
    const start = Date.now();
    const events = await sseEvents(await AI.run(LEGACY, { prompt: "#fault:slow-stream", stream: true, max_tokens: 2 }));
    expect(Date.now() - start).toBeGreaterThanOrEqual(45 * (events.length - 1));
  });

  it("#fault:broken-stream errors the stream across RPC", async () => {
    const stream: ReadableStream<Uint8Array> = await AI.run(CHAT, { ...user("#fault:broken-stream"), stream: true });
    await expect(new Response(stream).text()).rejects.toThrow();
  });

  it("#fault:json-stream answers JSON with an empty result although stream was asked; the retry is normal", async () => {
    const out = await AI.run(CHAT, { ...user("#fault:json-stream"), stream: true });
    expect(out).toEqual({});
    const retry = await AI.run(CHAT, { ...user("#fault:json-stream"), stream: false });
    expect(retry).toMatchObject({ object: "chat.completion" });
  });

  it("#fault:timeout keeps the caller waiting, then throws 3046 Request timeout", async () => {
    const start = Date.now();
    await expectAiError(AI.run(CHAT, { ...user("#fault:timeout"), stream: true }), 3046, "Request timeout");
    expect(Date.now() - start).toBeGreaterThanOrEqual(700);
  });

  it("counts SSE streams read to the end and cancelled by their reader", async () => {
    const before = await AI.streamStats();
    await sseEvents(await AI.run(LEGACY, { prompt: "hi", stream: true, max_tokens: 2 }));
    const stream: ReadableStream<Uint8Array> = await AI.run(LEGACY, { prompt: "#fault:slow-stream", stream: true });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    await expect
      .poll(() => AI.streamStats())
      .toMatchObject({
        opened: before.opened + 2,
        finished: before.finished + 1,
        cancelled: before.cancelled + 1,
      });
  });
});
