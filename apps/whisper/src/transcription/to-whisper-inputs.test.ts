import { findModel, type Model } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { toWhisperInputs } from "./to-whisper-inputs.ts";
import type { TranscriptionFields } from "./transcription-params.ts";

const model = (id: string) => findModel(id) as Model;
const fields = (f: Partial<TranscriptionFields> = {}): TranscriptionFields => ({
  model: "x",
  response_format: "json",
  ...f,
});
// The first bytes of a WAV file ("RIFF"), as the binding's JSON carries them for whisper.
const RIFF = [82, 73, 70, 70];

describe("toWhisperInputs", () => {
  it("whisper: {audio: number[]} only; language, prompt and temperature reported as ignored", () => {
    const full = fields({ language: "fr", prompt: "Glossary", temperature: 0.2 });
    expect(toWhisperInputs(model("@cf/openai/whisper"), { bytes: RIFF }, full, "transcribe")).toEqual({
      inputs: { audio: RIFF },
      ignored: ["temperature", "prompt", "language"],
    });
  });

  it("whisper over REST: the raw file as {body, contentType}, for core's REST client to send as the body", () => {
    const body = new Blob([new Uint8Array(RIFF)]).stream();
    const { inputs } = toWhisperInputs(
      model("@cf/openai/whisper-tiny-en"),
      { body, contentType: "audio/wav" },
      fields(),
      "transcribe",
    );
    expect(inputs).toEqual({ audio: { body, contentType: "audio/wav" } });
  });

  it("whisper never gets base64, turbo never number[], nova-3 only the stream form", () => {
    expect(() =>
      toWhisperInputs(model("@cf/openai/whisper"), { base64: "UklGRg==" }, fields(), "transcribe"),
    ).toThrow();
    expect(() => toWhisperInputs(model("whisper-1"), { bytes: RIFF }, fields(), "transcribe")).toThrow();
    expect(() => toWhisperInputs(model("@cf/deepgram/nova-3"), { bytes: RIFF }, fields(), "transcribe")).toThrow();
  });

  it("turbo: base64 (REST) with task, language and initial_prompt", () => {
    const { inputs } = toWhisperInputs(
      model("whisper-1"),
      { base64: "UklGRg==" },
      fields({ language: "de", prompt: "Glossary" }),
      "translate",
    );
    expect(inputs).toEqual({ audio: "UklGRg==", task: "translate", language: "de", initial_prompt: "Glossary" });
  });
});
