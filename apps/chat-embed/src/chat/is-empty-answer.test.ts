import { describe, expect, it } from "vitest";
import { isEmptyAnswer } from "./is-empty-answer.ts";

// gpt-oss-120b asked for `stream: true` over /ai/run: a JSON chat.completion with nothing in it.
const emptyCompletion = {
  id: "chatcmpl-8f1c",
  object: "chat.completion",
  created: 1754400000,
  model: "@cf/openai/gpt-oss-120b",
  choices: [
    { index: 0, message: { role: "assistant", content: null, reasoning_content: null }, finish_reason: "stop" },
  ],
  usage: { prompt_tokens: 75, completion_tokens: 0, total_tokens: 75 },
};

describe("isEmptyAnswer", () => {
  it("finds nothing in the shapes an unstreamed gpt-oss answer comes in", () => {
    expect(isEmptyAnswer(emptyCompletion)).toBe(true);
    expect(
      isEmptyAnswer({ ...emptyCompletion, choices: [{ index: 0, message: { role: "assistant", content: "" } }] }),
    ).toBe(true);
    expect(isEmptyAnswer({ ...emptyCompletion, choices: [] })).toBe(true);
    expect(isEmptyAnswer({ response: "" })).toBe(true);
    expect(isEmptyAnswer({ response: "", usage: { prompt_tokens: 5, completion_tokens: 0, total_tokens: 5 } })).toBe(
      true,
    );
    expect(isEmptyAnswer({})).toBe(true);
    expect(isEmptyAnswer({ result: { response: "" }, success: true })).toBe(true);
    expect(isEmptyAnswer(null)).toBe(true);
    expect(isEmptyAnswer(undefined)).toBe(true);
  });

  it("finds an answer in text, JSON-mode values, tool calls and descriptions", () => {
    const said = { ...emptyCompletion, choices: [{ index: 0, message: { role: "assistant", content: "Hi." } }] };
    expect(isEmptyAnswer(said)).toBe(false);
    const called = {
      ...emptyCompletion,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: null,
            tool_calls: [{ id: "call_1", type: "function", function: { name: "f", arguments: "{}" } }],
          },
        },
      ],
    };
    expect(isEmptyAnswer(called)).toBe(false);
    expect(isEmptyAnswer({ response: "Hello" })).toBe(false);
    expect(isEmptyAnswer({ response: { name: "India" } })).toBe(false);
    expect(isEmptyAnswer({ response: 42 })).toBe(false);
    expect(isEmptyAnswer({ response: null, tool_calls: [{ name: "f", arguments: {} }] })).toBe(false);
    expect(isEmptyAnswer({ description: "A cat." })).toBe(false);
    expect(isEmptyAnswer("plain text")).toBe(false);
    expect(isEmptyAnswer({ result: { response: "Hi" } })).toBe(false);
  });
});
