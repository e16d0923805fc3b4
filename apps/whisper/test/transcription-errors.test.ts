import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { audioForm, errorOf, post, wav } from "./helpers.ts";

const transcribe = (fields: Record<string, string | string[]>, file?: Parameters<typeof audioForm>[1]) =>
  post("/v1/audio/transcriptions", audioForm(fields, file));

async function expectError(res: Response, status: number, param: string | null, code?: string | null) {
  expect(res.status).toBe(status);
  const error = await errorOf(res);
  expect(error.param).toBe(param);
  if (code !== undefined) expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
  return error;
}

describe("bad transcription requests: 400s naming the parameter", () => {
  it("no file", async () => {
    const error = await expectError(await transcribe({ model: "whisper-1" }, null), 400, "file");
    expect(error.message).toBe("Missing required parameter: 'file'.");
  });

  it("a text field where the file should be", async () => {
    const form = audioForm({ model: "whisper-1", file: "audio.mp3" }, null);
    await expectError(await post("/v1/audio/transcriptions", form), 400, "file");
  });

  it("an empty file", async () => {
    await expectError(
      await transcribe({ model: "whisper-1" }, { bytes: new Uint8Array(0) }),
      400,
      "file",
      "empty_file",
    );
  });

  it("an unknown format, in OpenAI's words", async () => {
    const res = await transcribe({ model: "whisper-1" }, { bytes: wav(1), name: "notes.txt", type: "text/plain" });
    const error = await expectError(res, 400, "file", "invalid_file_format");
    expect(error.message).toContain(
      "Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']",
    );
  });

  it("no extension and no audio type: the bytes decide, and unknown bytes are refused", async () => {
    expect((await transcribe({ model: "whisper-1" }, { bytes: wav(1), name: "blob", type: "" })).status).toBe(200);
    const junk = new TextEncoder().encode("not audio at all");
    await expectError(await transcribe({ model: "whisper-1" }, { bytes: junk, name: "blob", type: "" }), 400, "file");
  });

  it("a raw body of a non-audio type, and JSON", async () => {
    await expectError(
      await post("/v1/audio/transcriptions?model=whisper-1", "x", { "content-type": "text/plain" }),
      400,
      "file",
      "invalid_content_type",
    );
    await expectError(
      await post("/v1/audio/transcriptions", "{}", { "content-type": "application/json" }),
      400,
      "file",
      "invalid_content_type",
    );
    await expectError(
      await post("/v1/audio/transcriptions?model=whisper-1", new Uint8Array(0), { "content-type": "audio/wav" }),
      400,
      "file",
      "empty_file",
    );
  });

  it("no model", async () => {
    const error = await expectError(await transcribe({}), 400, "model");
    expect(error.message).toBe("Missing required parameter: 'model'.");
  });

  it.each([
    [{ response_format: "diarized_json" }, "response_format"],
    [{ response_format: "JSON" }, "response_format"],
    [{ temperature: "hot" }, "temperature"],
    [{ temperature: "1.5" }, "temperature"],
    [{ language: "klingon" }, "language"],
    [{ stream: "true" }, "stream"],
    [{ "timestamp_granularities[]": "word" }, "timestamp_granularities[]"],
    [{ response_format: "verbose_json", "timestamp_granularities[]": "sentence" }, "timestamp_granularities[]"],
    [{ prompt: ["a", "b"] }, "prompt"],
  ])("%o → 400 on %s", async (fields, param) => {
    await expectError(await transcribe({ model: "whisper-1", ...fields }), 400, param);
  });

  it("a malformed multipart body", async () => {
    const res = await post("/v1/audio/transcriptions", "--x\r\nbroken", {
      "content-type": "multipart/form-data; boundary=x",
    });
    await expectError(res, 400, null, "invalid_multipart");
  });
});

describe("models", () => {
  it("an unknown model is a 404, never a fallback", async () => {
    await expectError(await transcribe({ model: "whisper-9" }), 404, "model", "model_not_found");
  });

  it("a speech or chat model is refused with the route that serves it", async () => {
    await expectError(await transcribe({ model: "tts-1" }), 400, "model", "model_not_supported");
    await expectError(await transcribe({ model: "gpt-4o-mini" }), 400, "model", "model_not_supported");
  });

  it("a retired model is served by its successor, and the note says so", async () => {
    const res = await transcribe({ model: "@cf/openai/whisper-sherpa" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gateway-notes")).toContain(
      "model: `@cf/openai/whisper-sherpa` was retired by Cloudflare no later than 2025-10-01; served by its successor `@cf/openai/whisper-large-v3-turbo`",
    );
  });

  it("under RETIRED_MODELS=reject, a retired model names its replacement", async () => {
    const vars = env as { RETIRED_MODELS?: string };
    vars.RETIRED_MODELS = "reject";
    try {
      const error = await expectError(
        await transcribe({ model: "@cf/openai/whisper-sherpa" }),
        404,
        "model",
        "model_retired",
      );
      expect(error.message).toContain("@cf/openai/whisper-large-v3-turbo");
    } finally {
      vars.RETIRED_MODELS = undefined;
    }
  });
});

describe("Workers AI failures", () => {
  it("3040 (capacity) is a 429 with Retry-After", async () => {
    const res = await transcribe({ model: "whisper-1" }, { bytes: wav(1, { marker: "#fault:3040" }) });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await errorOf(res)).toMatchObject({ code: "rate_limit_exceeded" });
  });

  it("5006 (bad input) is a 400, on the raw-body path too", async () => {
    const res = await transcribe({ model: "@cf/openai/whisper" }, { bytes: wav(1, { marker: "#fault:5006" }) });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain("5006");
  });
});
