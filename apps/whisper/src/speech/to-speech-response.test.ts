import { ApiError } from "@wai/core";
import { describe, expect, it } from "vitest";
import { toSpeechResponse } from "./to-speech-response.ts";

const MP3 = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0xff, 0xfb]);
const stream = (...chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });

describe("toSpeechResponse", () => {
  it("melotts' `{audio: base64}` → the MP3 bytes, typed audio/mpeg", async () => {
    const res = await toSpeechResponse({ audio: btoa(String.fromCharCode(...MP3)) }, "mp3");
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(MP3);
  });

  it("a stream is passed on chunk by chunk, typed from its first chunk", async () => {
    const res = await toSpeechResponse(
      stream(new TextEncoder().encode("OggS\0\u0002rest"), new Uint8Array([1, 2])),
      "opus",
    );
    expect(res.headers.get("content-type")).toBe("audio/ogg");
    expect(new Uint8Array(await res.arrayBuffer()).length).toBe(12);
  });

  it("raw PCM has no signature: typed as asked", async () => {
    const res = await toSpeechResponse(new Uint8Array([1, 2, 3, 4]).buffer, "pcm");
    expect(res.headers.get("content-type")).toBe("audio/pcm");
  });

  it.each([
    ["no audio field", { result: "nothing" }],
    ["broken base64", { audio: "%%%" }],
    ["an empty stream", stream()],
    ["null", null],
  ])("%s is a 502 upstream_error", async (_, output) => {
    const error = await toSpeechResponse(output, "mp3").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, type: "upstream_error" });
  });
});
