import { describe, expect, it } from "vitest";
import { ignoredFieldsNote } from "../src/ignored-fields-note.ts";
import { setFields } from "../src/set-fields.ts";

describe("ignoredFieldsNote and setFields", () => {
  it("names each ignored field once, with the reason when given; no note when nothing was ignored", () => {
    expect(ignoredFieldsNote([])).toEqual([]);
    expect(ignoredFieldsNote(["temperature", "speed", "temperature"])).toEqual(["ignored: temperature, speed"]);
    expect(ignoredFieldsNote(["formality"], "m2m100 has no such option")).toEqual([
      "ignored (m2m100 has no such option): formality",
    ]);
  });

  it("setFields keeps the picked keys the client set: not undefined, null, empty or false", () => {
    const body = { text: "x", formality: "more", context: "", tag_handling: null, split: false, n: 0, u: undefined };
    expect(setFields(body, (key) => key !== "text")).toEqual(["formality", "n"]);
  });
});
