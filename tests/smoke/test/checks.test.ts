import { describe, expect, it } from "vitest";
import { toSmokeAnswer } from "../src/answer.ts";
import { checkChatCompletion } from "../src/checks/check-chat-completion.ts";
import { checkChatStream } from "../src/checks/check-chat-stream.ts";
import { checkDeepL } from "../src/checks/check-deepl.ts";
import { checkDeepLx } from "../src/checks/check-deeplx.ts";
import { checkEmbeddings } from "../src/checks/check-embeddings.ts";
import { checkImages } from "../src/checks/check-images.ts";
import { checkSpeech } from "../src/checks/check-speech.ts";
import { checkTranscription } from "../src/checks/check-transcription.ts";
import { gradientPng } from "../src/gradient-png.ts";

// Good samples are answers of the local gateway (trimmed); each bad sample breaks one thing a check must catch.
const completion = {
  id: "chatcmpl-qsITSepnpLhBBcX5uJNIGczs",
  object: "chat.completion",
  created: 1796168826,
  model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
  choices: [{ index: 0, message: { role: "assistant", content: "Hi there!", refusal: null }, finish_reason: "stop" }],
  usage: { prompt_tokens: 6, completion_tokens: 42, total_tokens: 48 },
};
const toolCall = {
  ...completion,
  choices: [
    {
      index: 0,
      message: {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_8bqElDToY0GqXdaBYfzlZ87Z",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
        ],
      },
      finish_reason: "tool_calls",
    },
  ],
};
const chunk = (choices: unknown[], usage: unknown = null) =>
  `data: ${JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "m", choices, usage })}\n\n`;
const stream = [
  chunk([{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }]),
  chunk([{ index: 0, delta: { content: "One, two" }, finish_reason: null }]),
  chunk([{ index: 0, delta: {}, finish_reason: "stop" }]),
  chunk([], { prompt_tokens: 12, completion_tokens: 41, total_tokens: 53 }),
  "data: [DONE]\n\n",
].join("");
const sse = (body: string) => toSmokeAnswer(body, { contentType: "text/event-stream" });

describe("checkChatCompletion", () => {
  it("passes a chat.completion and reports its usage", () => {
    expect(checkChatCompletion(toSmokeAnswer(completion))).toBe("6 in / 42 out");
  });

  it.each([
    ["an error status", toSmokeAnswer({ error: { message: "bad" } }, { status: 400 }), /status 400/],
    ["another object", toSmokeAnswer({ ...completion, object: "text_completion" }), /object is "text_completion"/],
    ["no usage", toSmokeAnswer({ ...completion, usage: undefined }), /no usage object/],
    ["no text", toSmokeAnswer({ ...toolCall }), /no text/],
    ["HTML", toSmokeAnswer("<html>502</html>", { contentType: "application/json" }), /not JSON/],
  ])("fails on %s", (_, answer, message) => {
    expect(() => checkChatCompletion(answer)).toThrow(message);
  });

  it("asks for the tool call when tools were sent, with JSON object arguments", () => {
    expect(checkChatCompletion(toSmokeAnswer(toolCall), { tool: "get_weather" })).toBe("6 in / 42 out");
    expect(() => checkChatCompletion(toSmokeAnswer(completion), { tool: "get_weather" })).toThrow(/finish_reason/);
    const badArgs = structuredClone(toolCall);
    badArgs.choices[0]!.message.tool_calls[0]!.function.arguments = "{city: Paris";
    expect(() => checkChatCompletion(toSmokeAnswer(badArgs), { tool: "get_weather" })).toThrow(/not JSON/);
    expect(() => checkChatCompletion(toSmokeAnswer(toolCall), { tool: "get_time" })).toThrow(/does not call get_time/);
  });

  it("asks for a JSON object in JSON mode", () => {
    const json = structuredClone(completion);
    json.choices[0]!.message.content = '{"city":"Paris"}';
    expect(checkChatCompletion(toSmokeAnswer(json), { json: true })).toBe("6 in / 42 out");
    expect(() => checkChatCompletion(toSmokeAnswer(completion), { json: true })).toThrow(/not JSON/);
  });
});

describe("checkChatStream", () => {
  it("passes a stream of chunks with a usage chunk and [DONE]", () => {
    expect(checkChatStream(sse(stream))).toBe("12 in / 41 out");
  });

  it.each([
    ["a JSON body instead of a stream", toSmokeAnswer(completion), /content-type application\/json/],
    ["no [DONE]", sse(stream.replace("data: [DONE]\n\n", "")), /does not end with data: \[DONE\]/],
    ["no text in the deltas", sse(stream.replace('"One, two"', '""')), /carry no text/],
    ["a legacy event", sse(`data: {"response":"hi"}\n\n${stream}`), /object is undefined/],
    ["no usage chunk", sse(stream.replace(/data: [^\n]*"choices":\[\],[^\n]*\n\n/, "")), /usage chunk/],
  ])("fails on %s", (_, answer, message) => {
    expect(() => checkChatStream(answer)).toThrow(message);
  });
});

describe("the media and translation checks", () => {
  const embeddings = {
    object: "list",
    data: [0, 1].map((index) => ({ object: "embedding", index, embedding: [0.1, -0.2, 0.3] })),
    model: "@cf/baai/bge-m3",
    usage: { prompt_tokens: 10, total_tokens: 10 },
  };
  it("embeddings: the count, the order and the vectors", () => {
    expect(checkEmbeddings(toSmokeAnswer(embeddings), 2)).toBe("10 in, 3 dims");
    expect(() => checkEmbeddings(toSmokeAnswer(embeddings), 3)).toThrow(/expected 3 embeddings/);
    const ragged = structuredClone(embeddings);
    ragged.data[1]!.embedding = [0.1];
    expect(() => checkEmbeddings(toSmokeAnswer(ragged), 2)).toThrow(/1 dimensions/);
  });

  it("images: each b64_json is a PNG or a JPEG", () => {
    const png = Buffer.from(gradientPng()).toString("base64");
    expect(checkImages(toSmokeAnswer({ created: 1, data: [{ b64_json: png }] }))).toMatch(/^png \d+ KB$/);
    const text = Buffer.from("[emulated] not an image").toString("base64");
    expect(() => checkImages(toSmokeAnswer({ created: 1, data: [{ b64_json: text }] }))).toThrow(/neither PNG/);
    expect(() => checkImages(toSmokeAnswer({ created: 1, data: [{ url: "https://x/y.png" }] }))).toThrow(/b64_json/);
  });

  it("transcriptions: text, a positive duration, segments", () => {
    const verbose = {
      task: "transcribe",
      language: "english",
      duration: 1,
      text: "",
      segments: [{ id: 0, start: 0, end: 1, text: "" }],
      usage: { type: "duration", seconds: 1 },
    };
    expect(checkTranscription(toSmokeAnswer(verbose))).toBe("1 s audio");
    expect(() => checkTranscription(toSmokeAnswer({ text: "hi" }))).toThrow(/language/);
    expect(() => checkTranscription(toSmokeAnswer({ ...verbose, duration: 0 }))).toThrow(/duration/);
  });

  it("speech: MP3 bytes as audio/mpeg", () => {
    const mp3 = new Uint8Array(1024);
    mp3.set([0x49, 0x44, 0x33, 4]);
    expect(checkSpeech(toSmokeAnswer(mp3, { contentType: "audio/mpeg" }))).toBe("mp3 1 KB");
    expect(() => checkSpeech(toSmokeAnswer(mp3, { contentType: "application/json" }))).toThrow(/content-type/);
    expect(() => checkSpeech(toSmokeAnswer(new Uint8Array(1024), { contentType: "audio/mpeg" }))).toThrow(/not MP3/);
  });

  it("DeepLX and DeepL: the translation, never m2m100's ERROR text", () => {
    const deeplx = { code: 200, data: "Good morning", source_lang: "DE", target_lang: "EN", alternatives: [] };
    expect(checkDeepLx(toSmokeAnswer(deeplx), { source: "DE", target: "EN" })).toBe("12 chars");
    expect(() =>
      checkDeepLx(toSmokeAnswer({ ...deeplx, data: "ERROR: model failed" }), { source: "DE", target: "EN" }),
    ).toThrow(/upstream error/);
    const deepl = { translations: [{ detected_source_language: "DE", text: "Good morning." }] };
    expect(checkDeepL(toSmokeAnswer(deepl), { count: 1, source: "DE" })).toBe("1 texts");
    expect(() => checkDeepL(toSmokeAnswer(deepl), { count: 2, source: "DE" })).toThrow(/expected 2 translations/);
  });
});
