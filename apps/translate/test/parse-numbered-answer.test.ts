import { findModel } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { cleanTranslation } from "../src/llm/clean-translation.ts";
import { fromLlmAnswer } from "../src/llm/from-llm-answer.ts";
import { parseNumberedAnswer } from "../src/llm/parse-numbered-answer.ts";

describe("parseNumberedAnswer (hand-written answers as chat models give them)", () => {
  it("reads a clean answer by number", () => {
    expect(parseNumberedAnswer("[1] Hallo Welt\n[2] Wie geht es dir?", 2)).toEqual(["Hallo Welt", "Wie geht es dir?"]);
  });

  it("drops a preamble, a code fence and a closing remark", () => {
    const answer = [
      "Here is the translation:",
      "```",
      "[1] 天空是蓝色的。",
      "[2] 我们明天去公园。",
      "```",
      "Note: I kept the tone informal.",
    ].join("\n");
    expect(parseNumberedAnswer(answer, 2)).toEqual(["天空是蓝色的。", "我们明天去公园。"]);
  });

  it("reads markdown and full-width variants of the markers", () => {
    const answer = "**[1]** Bonjour\n- [2]: Salut\n【3】 你好";
    expect(parseNumberedAnswer(answer, 3)).toEqual(["Bonjour", "Salut", "你好"]);
  });

  it("never shifts a translation onto its neighbour: a missing number stays missing", () => {
    expect(parseNumberedAnswer("[1] Eins\n[3] Drei", 3)).toEqual(["Eins", undefined, "Drei"]);
  });

  it("marks a number given twice, and one out of range, as not answered", () => {
    expect(parseNumberedAnswer("[1] Eins\n[2] Zwei\n[2] Zwo\n[4] Vier", 3)).toEqual(["Eins", undefined, undefined]);
  });

  it("joins a wrapped line to its segment", () => {
    expect(parseNumberedAnswer("[1] Ein sehr langer\nSatz hier\n[2] Kurz", 2)).toEqual([
      "Ein sehr langer Satz hier",
      "Kurz",
    ]);
  });

  it("takes a single segment's unmarked answer whole, without commentary", () => {
    expect(
      parseNumberedAnswer('Sure! Here is the translation:\n\nLe ciel est bleu.\n\nNote: "ciel" means sky.', 1),
    ).toEqual(["Le ciel est bleu."]);
    expect(parseNumberedAnswer("Translation: Le ciel est bleu.", 1)).toEqual(["Le ciel est bleu."]);
  });

  it("finds nothing in an answer that is not numbered (the emulator's chat text) for several segments", () => {
    const emulated = '[emulated @cf/zai-org/glm-4.7-flash] You said: "[1] Hallo [2] Welt". Quick brown words.';
    expect(parseNumberedAnswer(emulated, 2)).toEqual([undefined, undefined]);
  });
});

describe("cleanTranslation", () => {
  it("strips quotes, bold and notes the model added", () => {
    expect(cleanTranslation('"Le ciel est bleu."', "The sky is blue.")).toBe("Le ciel est bleu.");
    expect(cleanTranslation("「空は青い。」", "The sky is blue.")).toBe("空は青い。");
    expect(cleanTranslation("**Hallo**", "Hello")).toBe("Hallo");
    expect(cleanTranslation("Hallo (Note: informal greeting)", "Hello")).toBe("Hallo");
    expect(cleanTranslation("Translation: Hallo", "Hello")).toBe("Hallo");
  });

  it("keeps what the source has", () => {
    expect(cleanTranslation('"Hallo", sagte er.', '"Hello", he said.')).toBe('"Hallo", sagte er.');
    expect(cleanTranslation("Hallo (Welt)", "Hello (world)")).toBe("Hallo (Welt)");
    expect(cleanTranslation("**Achtung**", "**Warning**")).toBe("**Achtung**");
  });
});

describe("fromLlmAnswer", () => {
  const legacy = findModel("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
  const chat = findModel("@cf/zai-org/glm-4.7-flash");
  it("reads `response` from legacy models and `choices[0].message.content` from chat-completions models", () => {
    expect(legacy && fromLlmAnswer(legacy, { response: "[1] Hallo", usage: {} })).toBe("[1] Hallo");
    const completion = {
      id: "chatcmpl-1",
      object: "chat.completion",
      choices: [
        { index: 0, message: { role: "assistant", content: "<think>hmm</think>[1] Hallo", reasoning_content: "x" } },
      ],
    };
    expect(chat && fromLlmAnswer(chat, completion)).toBe("[1] Hallo");
  });

  it("is a 502 when the answer has no text", () => {
    expect(() => chat && fromLlmAnswer(chat, { choices: [] })).toThrow(/without text/);
  });
});
