import { describe, expect, it } from "vitest";
import { toStreamDeltas } from "./to-stream-deltas.ts";

const state = () => ({ nextToolIndex: 0 });

// Wire samples: reference §1.5 (legacy events with `p` padding, tool-call fragments, the null-finalization
// item, the platform's closing usage event, hybrid frames) and OpenAI-shaped chunks of chat-completions models.
describe("toStreamDeltas", () => {
  it("reads legacy text events, ignoring the padding field", () => {
    expect(toStreamDeltas({ response: "Hello", p: "abcdefgh" }, state())).toEqual([
      { type: "content", choice: 0, text: "Hello" },
    ]);
  });

  it("reads the platform's closing usage event and a top-level finish reason", () => {
    const usage = { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 };
    expect(toStreamDeltas({ response: "", usage }, state())).toEqual([{ type: "usage", usage }]);
    expect(toStreamDeltas({ response: "", finish_reason: "model_length" }, state())).toEqual([
      { type: "finish", choice: 0, reason: "model_length" },
    ]);
  });

  it("reads legacy tool-call fragments and lets the null-finalization item through without a name", () => {
    const s = state();
    const first = {
      tool_calls: [{ id: "abc123XYZ", type: "function", index: 0, function: { name: "f", arguments: "" } }],
    };
    expect(toStreamDeltas(first, s)).toEqual([
      { type: "tool_call", choice: 0, index: 0, id: "abc123XYZ", name: "f", arguments: "" },
    ]);
    expect(toStreamDeltas({ tool_calls: [{ index: 0, function: { arguments: '{"a":' } }] }, s)).toEqual([
      { type: "tool_call", choice: 0, index: 0, arguments: '{"a":' },
    ]);
    expect(toStreamDeltas({ tool_calls: [{ id: null, type: null, index: 0, function: { name: null } }] }, s)).toEqual([
      { type: "tool_call", choice: 0, index: 0 },
    ]);
    expect(toStreamDeltas({ tool_calls: [] }, s)).toEqual([]);
  });

  it("numbers flat, complete legacy tool calls in order of arrival", () => {
    const s = state();
    const event = {
      tool_calls: [
        { name: "a", arguments: { x: 1 } },
        { name: "b", arguments: {} },
      ],
    };
    expect(toStreamDeltas(event, s)).toEqual([
      { type: "tool_call", choice: 0, index: 0, name: "a", arguments: '{"x":1}' },
      { type: "tool_call", choice: 0, index: 1, name: "b", arguments: "{}" },
    ]);
  });

  it("reads OpenAI chunks: content, reasoning, tool calls, finish, running usage", () => {
    const chunk = {
      id: "chatcmpl-1",
      object: "chat.completion.chunk",
      created: 1764201600,
      model: "@cf/zai-org/glm-4.7-flash",
      choices: [{ index: 0, delta: { content: "Hi", reasoning: "hmm" }, logprobs: null, finish_reason: "stop" }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    };
    expect(toStreamDeltas(chunk, state())).toEqual([
      { type: "content", choice: 0, text: "Hi" },
      { type: "reasoning", choice: 0, text: "hmm" },
      { type: "finish", choice: 0, reason: "stop" },
      { type: "usage", usage: chunk.usage },
    ]);
  });

  it("takes text from choices only in hybrid frames", () => {
    const hybrid = { response: "dup", choices: [{ index: 0, delta: { content: "dup" }, finish_reason: null }] };
    expect(toStreamDeltas(hybrid, state())).toEqual([{ type: "content", choice: 0, text: "dup" }]);
  });
});
