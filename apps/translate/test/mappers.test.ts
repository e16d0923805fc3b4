import { describe, expect, it } from "vitest";
import { toBatchTranslateResponse } from "../src/mappers/to-batch-translate-response.ts";
import { toDeeplTranslateResponse } from "../src/mappers/to-deepl-translate-response.ts";
import { toDeeplxResponse } from "../src/mappers/to-deeplx-response.ts";
import { toM2m100Input } from "../src/mappers/to-m2m100-input.ts";
import { toTranslatedText } from "../src/mappers/to-translated-text.ts";

// Cloudflare's documented m2m100 example (m2m100-1.2b.json): input and output on the wire.
const M2M100_OUTPUT = { translated_text: "Je suis une phrase." };

describe("m2m100 mappers", () => {
  it("always sends source_lang, since m2m100 takes a missing one as English", () => {
    expect(toM2m100Input("I'm a sentence.", "en", "fr")).toEqual({
      text: "I'm a sentence.",
      source_lang: "en",
      target_lang: "fr",
    });
  });

  it("reads translated_text", () => {
    expect(toTranslatedText(M2M100_OUTPUT, "I'm a sentence.")).toBe("Je suis une phrase.");
  });

  it.each([[{}], [{ translated_text: 5 }], [null], ["text"]])("treats %j as an upstream fault (502)", (output) => {
    expect(() => toTranslatedText(output, "Hi")).toThrow(
      expect.objectContaining({ status: 502, code: "upstream_error" }),
    );
  });

  // m2m100's failure inside a 200 (callers in the wild test the `ERROR` prefix: jianchang512/translate-api).
  it("treats a translated_text starting with ERROR as an upstream failure, naming what m2m100 said", () => {
    expect(() => toTranslatedText({ translated_text: "ERROR: translation failed" }, "Hallo")).toThrow(
      expect.objectContaining({
        status: 502,
        type: "upstream_error",
        message: expect.stringContaining('"ERROR: translation failed"'),
      }),
    );
    expect(() => toTranslatedText({ translated_text: `ERROR ${"x".repeat(500)}` }, "Hallo")).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/x{10}…"\.$/) }),
    );
  });

  it("keeps a translation starting with ERROR when the text sent starts with it too", () => {
    expect(toTranslatedText({ translated_text: "ERROR: Datei fehlt" }, "ERROR: file missing")).toBe(
      "ERROR: Datei fehlt",
    );
  });
});

describe("protocol mappers", () => {
  // A DeepLX answer as OwO-Network/DeepLX sends it (service/service.go), with m2m100's single translation.
  it("shapes DeepLX's answer", () => {
    expect(toDeeplxResponse({ text: "你好", source: "en" }, { sourceLang: undefined, targetLang: "ZH" }, 42)).toEqual({
      code: 200,
      id: 42,
      data: "你好",
      alternatives: [],
      source_lang: "EN",
      target_lang: "ZH",
      method: "Free",
    });
  });

  // DeepL's documented example: {"translations":[{"detected_source_language":"EN","text":"Hallo, Welt!"}]}.
  it("shapes DeepL's answer, with billed_characters only when asked", () => {
    const results = [{ text: "Hallo, Welt!", source: "en" }];
    expect(toDeeplTranslateResponse(results, ["Hello, world!"], { billed: false })).toEqual({
      translations: [{ detected_source_language: "EN", text: "Hallo, Welt!" }],
    });
    expect(
      toDeeplTranslateResponse(results, ["Hello, world!"], { billed: true }).translations[0]?.billed_characters,
    ).toBe(13);
  });

  it("shapes Immersive Translate's Custom API answer", () => {
    expect(toBatchTranslateResponse([{ text: "Bonjour", source: "en" }])).toEqual({
      translations: [{ detected_source_lang: "en", text: "Bonjour" }],
    });
  });
});
