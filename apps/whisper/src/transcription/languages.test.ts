import { describe, expect, it } from "vitest";
import { LANGUAGES, toLanguageCode, toLanguageName } from "./languages.ts";

describe("languages", () => {
  it("has whisper's 100 languages", () => {
    expect(Object.keys(LANGUAGES)).toHaveLength(100);
  });

  it.each([
    ["fr", "fr"],
    ["FR", "fr"],
    ["pt-BR", "pt"],
    ["zh_Hans", "zh"],
    ["french", "fr"],
    ["Haitian Creole", "ht"],
    ["yue", "yue"],
    ["klingon", undefined],
    ["", undefined],
  ])("%s → %s", (input, code) => {
    expect(toLanguageCode(input)).toBe(code);
  });

  it("names a code as verbose_json does, and keeps a code it does not know", () => {
    expect(toLanguageName("en")).toBe("english");
    expect(toLanguageName("EN")).toBe("english");
    expect(toLanguageName("xx")).toBe("xx");
  });
});
