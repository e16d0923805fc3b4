import { describe, expect, it } from "vitest";
import { resolveSources } from "../src/translate/resolve-sources.ts";

const auto = { given: undefined, fallback: undefined, target: "en" };

describe("resolveSources", () => {
  it("uses the client's source for every text", () => {
    expect(resolveSources(["Hola", "2024"], { ...auto, given: "es" })).toEqual(["es", "es"]);
  });

  it("detects each text on its own", () => {
    const texts = ["Das Wetter ist heute wirklich schön.", "Il fait vraiment beau aujourd'hui."];
    expect(resolveSources(texts, auto)).toEqual(["de", "fr"]);
  });

  it("gives a short text the language of the whole request", () => {
    expect(resolveSources(["Ja", "Das ist ein ganz normaler deutscher Satz."], auto)).toEqual(["de", "de"]);
  });

  it("needs no source for a text without letters: it is reported as the target", () => {
    expect(resolveSources(["2024", "—"], auto)).toEqual(["en", "en"]);
  });

  it("takes the operator's fallback when nothing can be told", () => {
    expect(resolveSources(["Hola"], { ...auto, fallback: "es" })).toEqual(["es"]);
  });

  it("asks for source_lang otherwise, naming the text", () => {
    expect(() => resolveSources(["Hola", "Ok"], auto)).toThrow(
      expect.objectContaining({
        status: 400,
        param: "source_lang",
        message: expect.stringContaining('text 1 ("Hola")'),
      }),
    );
  });
});
