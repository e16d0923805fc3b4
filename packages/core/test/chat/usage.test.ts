import { describe, expect, it } from "vitest";
import { estimateCompletionTokens } from "../../src/chat/estimate-completion-tokens.ts";
import { estimateTokens } from "../../src/chat/estimate-tokens.ts";
import { newChatCompletionId } from "../../src/chat/new-chat-completion-id.ts";
import { newId } from "../../src/chat/new-id.ts";
import { toUsage } from "../../src/chat/to-usage.ts";
import { tokenWeight } from "../../src/chat/token-weight.ts";

describe("ids", () => {
  it("newChatCompletionId has OpenAI's shape; newId any prefix and length", () => {
    expect(newChatCompletionId()).toMatch(/^chatcmpl-[A-Za-z0-9]{29}$/);
    expect(newChatCompletionId()).not.toBe(newChatCompletionId());
    expect(newId("call_")).toMatch(/^call_[A-Za-z0-9]{24}$/);
    expect(newId("msg_", 5)).toMatch(/^msg_[A-Za-z0-9]{5}$/);
  });
});

describe("estimateTokens", () => {
  it("counts about four ASCII characters a token, one per other character, a surrogate pair once", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("a")).toBe(1);
    expect(estimateTokens("Hello, world")).toBe(3);
    expect(estimateTokens("你好世界")).toBe(4);
    expect(estimateTokens("😀😀")).toBe(2);
  });

  it("summed as weights over a stream's pieces, gives what the whole text gives", () => {
    const pieces = ["Hel", "lo, ", "wo", "rld ", "你好", "!"];
    expect(Math.ceil(pieces.reduce((w, p) => w + tokenWeight(p), 0))).toBe(estimateTokens(pieces.join("")));
  });

  it("estimateCompletionTokens counts content, reasoning and tool calls, at least 1", () => {
    const call = { id: "c", type: "function" as const, function: { name: "abcd", arguments: "{}" } };
    expect(estimateCompletionTokens([{ index: 0, content: "", toolCalls: [], finishReason: "stop" }])).toBe(1);
    const choices = [
      { index: 0, content: "12345678", reasoning: "1234", toolCalls: [call], finishReason: "tool_calls" as const },
      { index: 1, content: "你好", toolCalls: [], finishReason: "stop" as const },
    ];
    expect(estimateCompletionTokens(choices)).toBe(Math.ceil(2 + 1 + 1.5 + 2)); // weights summed, rounded once
  });
});

describe("toUsage", () => {
  it("keeps upstream counts and details, estimates only what upstream left out or zeroed", () => {
    const upstream = {
      prompt_tokens: 19,
      completion_tokens: 10,
      total_tokens: 29,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 4 },
    };
    expect(toUsage(upstream, { prompt: 1, completion: 1 })).toEqual(upstream);
    expect(toUsage({ prompt_tokens: 7, completion_tokens: 0 }, { prompt: 1, completion: 5 })).toEqual({
      prompt_tokens: 7,
      completion_tokens: 5,
      total_tokens: 12,
    });
    expect(toUsage(undefined, { prompt: 2, completion: 3 })).toEqual({
      prompt_tokens: 2,
      completion_tokens: 3,
      total_tokens: 5,
    });
  });
});
