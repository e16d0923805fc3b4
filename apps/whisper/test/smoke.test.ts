import { describe, expect, it } from "vitest";
import { audioForm, post } from "./helpers.ts";

describe("smoke", () => {
  for (const model of ["whisper-1", "@cf/openai/whisper", "@cf/deepgram/nova-3"])
  for (const fmt of ["json", "verbose_json", "srt", "vtt", "text"]) {
    it(`${model} ${fmt}`, async () => {
      const res = await post("/v1/audio/transcriptions", audioForm({ model, response_format: fmt, timestamp_granularities: fmt === "verbose_json" ? ["word", "segment"] : [] }));
      console.log(model, fmt, res.status, [...res.headers], await res.text());
      expect(res.status).toBe(200);
    });
  }
  it("speech", async () => {
    for (const model of ["tts-1", "@cf/deepgram/aura-1"]) {
    const res = await post("/v1/audio/speech", JSON.stringify({ model, input: "Hello there", voice: "alloy" }), { "content-type": "application/json" });
    const b = new Uint8Array(await res.arrayBuffer());
    console.log(res.status, [...res.headers], b.length, b.slice(0, 4));
    }
  });
});
