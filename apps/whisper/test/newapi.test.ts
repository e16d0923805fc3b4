import { goMultipart } from "@wai/test-support/go-multipart";
import { describe, expect, it } from "vitest";
import { errorOf, post, wav } from "./helpers.ts";

/** POSTs a body the way new-api relays it to an OpenAI-type channel. */
const relay = (path: string, parts: Parameters<typeof goMultipart>[0]) => {
  const { body, contentType } = goMultipart(parts);
  return post(path, body, { "content-type": contentType });
};

const TEXT = "[emulated en transcription] Shapes the input with shapes.";

describe("whisper behind new-api", { timeout: 30_000 }, () => {
  it("takes new-api's rebuilt form: model first, fields in any order, the file last as application/octet-stream", async () => {
    const orders = [
      ["response_format", "language"],
      ["language", "response_format"],
    ];
    for (const order of orders) {
      const fields = { response_format: "json", language: "en" } as Record<string, string>;
      const res = await relay("/v1/audio/transcriptions", [
        { name: "model", value: "whisper-1" },
        ...order.map((name) => ({ name, value: fields[name] as string })),
        { name: "file", value: wav(3), filename: "speech.wav" },
      ]);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ text: TEXT, usage: { type: "duration", seconds: 3 } });
    }
  });

  it("reads the audio by its bytes, not by the filename new-api keeps (a WAV named .mp3, or no extension)", async () => {
    for (const filename of ["voice.mp3", "blob"]) {
      const res = await relay("/v1/audio/transcriptions", [
        { name: "model", value: "whisper-1" },
        { name: "response_format", value: "text" },
        { name: "file", value: wav(3), filename },
      ]);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(`${TEXT}\n`);
    }
  });

  it("answers the mapped model name new-api writes into the form (an id, not the client's alias)", async () => {
    const res = await relay("/v1/audio/translations", [
      { name: "model", value: "@cf/openai/whisper-large-v3-turbo" },
      { name: "file", value: wav(3), filename: "speech.wav" },
    ]);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toContain("emulated");
  });

  it("speech: new-api re-marshals the JSON with `voice` always present; an empty one is OpenAI's 400 naming it", async () => {
    const speak = (voice: string) =>
      post("/v1/audio/speech", JSON.stringify({ model: "tts-1", input: "Hello there.", voice }), {
        "content-type": "application/json",
      });
    const ok = await speak("alloy");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^audio\//);
    const empty = await speak("");
    expect(empty.status).toBe(400);
    expect(await errorOf(empty)).toMatchObject({ param: "voice", type: "invalid_request_error" });
  });
});
