import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorOf, post, wav } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const speech = (body: unknown) =>
  post("/v1/audio/speech", JSON.stringify(body), { "content-type": "application/json; charset=utf-8" });
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const ascii = (b: Uint8Array, n: number) => String.fromCharCode(...b.subarray(0, n));

describe("POST /v1/audio/speech", () => {
  it("climbs the MODEL_FALLBACKS ladder when the model is out of capacity", async () => {
    const vars = env as { MODEL_FALLBACKS?: string };
    vars.MODEL_FALLBACKS = '{"tts-1": ["tts-1-hd"]}';
    try {
      const run = vi.spyOn(env.AI, "run");
      run.mockRejectedValueOnce(new Error("3040: Capacity temporarily exceeded, please try again."));
      const res = await speech({ model: "tts-1", input: "Hello", voice: "nova" });
      expect(res.status).toBe(200);
      expect(run.mock.calls.map((call) => call[0])).toEqual(["@cf/myshell-ai/melotts", "@cf/deepgram/aura-2-en"]);
      expect(res.headers.get("x-gateway-notes")).toContain("fallback: served by `@cf/deepgram/aura-2-en`");
    } finally {
      vars.MODEL_FALLBACKS = undefined;
    }
  });

  it("tts-1 → melotts: its base64 JSON answer decoded to MP3 bytes", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await speech({ model: "tts-1", input: "Bonjour tout le monde", voice: "fr" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    expect(res.headers.get("x-gateway-notes")).toBeNull();
    const bytes = await bytesOf(res);
    expect(ascii(bytes, 3)).toBe("ID3");
    expect(run.mock.calls[0]?.slice(0, 2)).toEqual([
      "@cf/myshell-ai/melotts",
      { prompt: "Bonjour tout le monde", lang: "fr" },
    ]);
  });

  it("an aura model: the audio stream passed on, an OpenAI voice mapped to a speaker", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await speech({ model: "tts-1-hd", input: "Hello", voice: "nova", response_format: "mp3", speed: 1 });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    expect((await bytesOf(res)).length).toBeGreaterThan(100);
    expect(run.mock.calls[0]?.[1]).toEqual({ text: "Hello", speaker: "luna", encoding: "mp3" });
  });

  it("the content type comes from the bytes: WAV labelled as it is, whatever was asked", async () => {
    const wave = wav(0.1);
    // Made inside the call: a stream belongs to the request that creates it.
    vi.spyOn(env.AI, "run").mockImplementation(async () => new Blob([wave]).stream());
    const res = await speech({ model: "@cf/deepgram/aura-1", input: "Hi", voice: "angus", response_format: "wav" });
    expect(res.headers.get("content-type")).toBe("audio/wav");
    expect(await bytesOf(res)).toEqual(wave);
  });

  it("melotts answering raw bytes instead of JSON is handled too", async () => {
    vi.spyOn(env.AI, "run").mockResolvedValue(new Uint8Array([0xff, 0xfb, 0x90, 0x64, 0, 0]));
    const res = await speech({ model: "tts-1", input: "Hi", voice: "alloy" });
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    expect(res.headers.get("x-gateway-notes")).toBe("ignored: voice");
  });

  it("speed and instructions, which no model has, are reported as ignored", async () => {
    const res = await speech({ model: "tts-1-hd", input: "Hi", voice: "alloy", speed: 1.25, instructions: "cheerful" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gateway-notes")).toBe("ignored: speed, instructions");
  });

  it.each([
    [{ input: "Hi", voice: "alloy" }, "model"],
    [{ model: "tts-1", voice: "alloy" }, "input"],
    [{ model: "tts-1", input: "", voice: "alloy" }, "input"],
    [{ model: "tts-1", input: "x".repeat(4097), voice: "alloy" }, "input"],
    [{ model: "tts-1", input: 42, voice: "alloy" }, "input"],
    [{ model: "tts-1", input: "Hi" }, "voice"],
    [{ model: "tts-1", input: "Hi", voice: "darth" }, "voice"],
    [{ model: "tts-1", input: "Hi", voice: "alloy", response_format: "wav" }, "response_format"],
    [{ model: "tts-1-hd", input: "Hi", voice: "alloy", response_format: "ogg" }, "response_format"],
    [{ model: "tts-1-hd", input: "Hi", voice: "alloy", speed: 5 }, "speed"],
    [{ model: "tts-1-hd", input: "Hi", voice: "alloy", stream_format: "sse" }, "stream_format"],
  ])("%o → 400 on %s", async (body, param) => {
    const res = await speech(body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).param).toBe(param);
  });

  it("4096 characters are accepted", async () => {
    expect((await speech({ model: "tts-1-hd", input: "x".repeat(4096), voice: "alloy" })).status).toBe(200);
  });

  it("a transcription model, or an unknown one, is refused", async () => {
    expect(await errorOf(await speech({ model: "whisper-1", input: "Hi", voice: "alloy" }))).toMatchObject({
      param: "model",
      code: "model_not_supported",
    });
    expect((await speech({ model: "tts-2", input: "Hi", voice: "alloy" })).status).toBe(404);
  });

  it("a Workers AI failure keeps its mapping (3040 → 429)", async () => {
    const res = await speech({ model: "tts-1", input: "Hi #fault:3040", voice: "alloy" });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
  });
});
