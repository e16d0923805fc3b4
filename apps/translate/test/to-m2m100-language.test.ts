import { ApiError } from "@wai/core";
import { describe, expect, it } from "vitest";
import { toDeeplLanguage } from "../src/languages/to-deepl-language.ts";
import { toM2m100Language } from "../src/languages/to-m2m100-language.ts";

describe("toM2m100Language (reference §5.4)", () => {
  it.each([
    // DeepL codes and their variants
    ["EN", "en"],
    ["EN-US", "en"],
    ["EN-GB", "en"],
    ["PT-BR", "pt"],
    ["PT-PT", "pt"],
    ["ZH", "zh"],
    ["ZH-HANS", "zh"],
    ["ZH-HANT", "zh"],
    ["NB", "no"],
    ["ES-419", "es"],
    ["DE-CH", "de"],
    ["FR-CA", "fr"],
    ["JA", "ja"],
    ["UK", "uk"],
    // BCP 47, any case
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["zh-hk", "zh"],
    ["zh_Hans_CN", "zh"],
    ["en-gb", "en"],
    ["pt-br", "pt"],
    ["sr-Latn-RS", "sr"],
    ["nb-NO", "no"],
    // m2m100's own codes, any case, and legacy or 3-letter synonyms
    ["ast", "ast"],
    ["CEB", "ceb"],
    ["no", "no"],
    ["iw", "he"],
    ["in", "id"],
    ["fil", "tl"],
    [" de ", "de"],
  ])("%s → %s", (code, expected) => {
    expect(toM2m100Language(code, "target_lang")).toBe(expected);
  });

  it.each(["EO", "eu", "la", "yue", "xx", "auto", ""])(
    "refuses %j with a 400 naming the field and the code",
    (code) => {
      let error: unknown;
      try {
        toM2m100Language(code, "source_lang");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 400, param: "source_lang", code: "unsupported_language" });
      expect((error as ApiError).message).toContain(`Unsupported source_lang: "${code.trim()}"`);
    },
  );

  it("reports Norwegian back as DeepL's NB, everything else in upper case", () => {
    expect(["no", "zh", "pt", "ceb"].map(toDeeplLanguage)).toEqual(["NB", "ZH", "PT", "CEB"]);
  });
});
