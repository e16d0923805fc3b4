import type OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { toChatCompletion } from "../../src/chat/to-chat-completion.ts";
import { toUsage } from "../../src/chat/to-usage.ts";

// OpenAI's own reply (API reference, "Create chat completion", default example), as it comes over the wire.
const OPENAI_SAMPLE = JSON.parse(`{
  "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
  "object": "chat.completion",
  "created": 1741569952,
  "model": "gpt-4.1-2025-04-14",
  "choices": [
    {
      "index": 0,
      "message": { "role": "assistant", "content": "Hello! How can I assist you today?", "refusal": null, "annotations": [] },
      "logprobs": null,
      "finish_reason": "stop"
    }
  ],
  "usage": { "prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29 },
  "service_tier": "default"
}`);

const meta = {
  id: "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
  created: 1741569952,
  model: "@cf/meta/llama-3.1-8b-instruct",
};

describe("toChatCompletion", () => {
  it("writes OpenAI's keys in OpenAI's order (without what Workers AI cannot fill: annotations, service_tier)", () => {
    const usage = toUsage({ prompt_tokens: 19, completion_tokens: 10, total_tokens: 29 }, { prompt: 1, completion: 1 });
    const choice = {
      index: 0,
      content: "Hello! How can I assist you today?",
      toolCalls: [],
      finishReason: "stop",
    } as const;
    const completion: OpenAI.ChatCompletion = toChatCompletion(meta, [choice], usage);
    const { service_tier: _, ...expected } = OPENAI_SAMPLE;
    delete expected.choices[0].message.annotations;
    expect(JSON.stringify(completion)).toBe(JSON.stringify({ ...expected, model: meta.model }));
  });

  it("adds reasoning_content and tool_calls only when there are some", () => {
    const call = {
      id: "call_abc",
      type: "function" as const,
      function: { name: "get_weather", arguments: '{"city":"Paris"}' },
    };
    const completion: OpenAI.ChatCompletion = toChatCompletion(
      meta,
      [
        { index: 0, content: null, reasoning: "They want weather.", toolCalls: [call], finishReason: "tool_calls" },
        { index: 1, content: "", toolCalls: [], finishReason: "length" },
      ],
      { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
    );
    expect(completion.choices).toEqual([
      {
        index: 0,
        message: {
          role: "assistant",
          content: null,
          refusal: null,
          reasoning_content: "They want weather.",
          tool_calls: [call],
        },
        logprobs: null,
        finish_reason: "tool_calls",
      },
      { index: 1, message: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: "length" },
    ]);
  });
});
