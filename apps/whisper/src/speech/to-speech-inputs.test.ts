import { findModel, type Model } from "@wai/catalog";
import type { ApiError } from "@wai/core";
import { describe, expect, it } from "vitest";
import type { CreateSpeechParams } from "./speech-params.ts";
import { toSpeechInputs } from "./to-speech-inputs.ts";

const model = (id: string) => findModel(id) as Model;
const params = (p: Partial<CreateSpeechParams>): CreateSpeechParams => ({
  model: "tts-1",
  input: "Hello there.",
  voice: "alloy",
  response_format: "mp3",
  ...p,
});
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error("did not throw");
};

describe("toSpeechInputs", () => {
  it("melotts: the text as `prompt`, a language voice as `lang`", () => {
    expect(toSpeechInputs(model("@cf/myshell-ai/melotts"), params({ voice: "fr" }))).toEqual({
      inputs: { prompt: "Hello there.", lang: "fr" },
      ignored: [],
    });
  });

  it("melotts: an OpenAI voice speaks English and is reported as not honoured", () => {
    expect(toSpeechInputs(model("@cf/myshell-ai/melotts"), params({ voice: "nova", speed: 1.5 }))).toEqual({
      inputs: { prompt: "Hello there.", lang: "en" },
      ignored: ["speed", "voice"],
    });
  });

  it("melotts: a format other than mp3 is a 400 on response_format", () => {
    const error = errorOf(() => toSpeechInputs(model("@cf/myshell-ai/melotts"), params({ response_format: "wav" })));
    expect(error).toMatchObject({ status: 400, param: "response_format", code: "unsupported_response_format" });
  });

  it("aura: `text`, an OpenAI voice mapped to a speaker, and Deepgram's encoding for the format", () => {
    expect(toSpeechInputs(model("@cf/deepgram/aura-2-en"), params({ voice: "onyx", response_format: "wav" }))).toEqual({
      inputs: { text: "Hello there.", speaker: "zeus", encoding: "linear16", container: "wav" },
      ignored: [],
    });
    expect(
      toSpeechInputs(model("@cf/deepgram/aura-1"), params({ voice: { id: "Stella" }, response_format: "opus" })).inputs,
    ).toEqual({
      text: "Hello there.",
      speaker: "stella",
      encoding: "opus",
      container: "ogg",
    });
    expect(toSpeechInputs(model("@cf/deepgram/aura-2-es"), params({ response_format: "pcm" })).inputs).toEqual({
      text: "Hello there.",
      speaker: "celeste",
      encoding: "linear16",
      container: "none",
      sample_rate: 24000,
    });
  });

  it("aura: a voice that is neither OpenAI's nor the model's is a 400 listing the choices", () => {
    const error = errorOf(() => toSpeechInputs(model("@cf/deepgram/aura-1"), params({ voice: "amalthea" })));
    expect(error).toMatchObject({ status: 400, param: "voice", code: "invalid_voice" });
    expect(error.message).toContain("angus");
  });
});
