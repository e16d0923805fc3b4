import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { audioForm, errorOf, post, wav } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const translate = (fields: Record<string, string | string[]>, bytes = wav(3)) =>
  post("/v1/audio/translations", audioForm(fields, { bytes }));

describe("POST /v1/audio/translations", () => {
  it("asks whisper-large-v3-turbo for its translate task", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await translate({ model: "whisper-1", prompt: "Names: Cloudflare" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      text: "[emulated translation from en to English] Shapes the input.",
      usage: { type: "duration", seconds: 3 },
    });
    expect(run.mock.calls[0]?.[1]).toMatchObject({ task: "translate", initial_prompt: "Names: Cloudflare" });
  });

  it("takes the source language as `language` (turbo assumes English otherwise)", async () => {
    const res = await translate({ model: "whisper-1", language: "ja", response_format: "text" });
    expect(await res.text()).toMatch(/^\[emulated translation from ja to English\] .+\n$/);
  });

  it("srt, vtt and verbose_json, which reports English", async () => {
    const srt = await (await translate({ model: "whisper-1", response_format: "srt" })).text();
    expect(srt).toBe(
      "1\n00:00:00,033 --> 00:00:02,967\n[emulated translation from en to English] Shapes the input.\n\n",
    );
    const vtt = await (await translate({ model: "whisper-1", response_format: "vtt" })).text();
    expect(vtt).toBe(
      "WEBVTT\n\n00:00:00.033 --> 00:00:02.967\n[emulated translation from en to English] Shapes the input.\n\n",
    );
    const verbose = await translate({ model: "whisper-1", language: "de", response_format: "verbose_json" });
    expect(await verbose.json()).toMatchObject({ task: "translate", language: "english", duration: 3 });
  });

  it("a model without a translate task is a 400 naming the one to use", async () => {
    for (const model of ["@cf/openai/whisper", "@cf/deepgram/nova-3"]) {
      const res = await translate({ model });
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error).toMatchObject({ param: "model", code: "model_not_supported" });
      expect(error.message).toContain("@cf/openai/whisper-large-v3-turbo");
    }
  });

  it("the same checks as transcriptions: no file is a 400 on file", async () => {
    const res = await post("/v1/audio/translations", audioForm({ model: "whisper-1" }, null));
    expect(await errorOf(res)).toMatchObject({ param: "file" });
  });
});
