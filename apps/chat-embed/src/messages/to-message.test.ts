import { describe, expect, it } from "vitest";
import { toMessage } from "./to-message.ts";

const usage = { prompt_tokens: 20, completion_tokens: 7, total_tokens: 27 };

describe("toMessage", () => {
  it("writes thinking, text and tool_use blocks with an object input", () => {
    const message = toMessage(
      "@cf/zai-org/glm-4.7-flash",
      {
        index: 0,
        content: "Let me check.",
        reasoning: "The user wants weather.",
        toolCalls: [
          { id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } },
        ],
        finishReason: "tool_calls",
      },
      { ...usage, prompt_tokens_details: { cached_tokens: 5 } },
    );
    expect(message).toEqual({
      id: expect.stringMatching(/^msg_/),
      type: "message",
      role: "assistant",
      model: "@cf/zai-org/glm-4.7-flash",
      content: [
        { type: "thinking", thinking: "The user wants weather.", signature: "" },
        { type: "text", text: "Let me check." },
        { type: "tool_use", id: "call_1", name: "get_weather", input: { city: "Oslo" } },
      ],
      stop_reason: "tool_use",
      stop_sequence: null,
      usage: { input_tokens: 15, output_tokens: 7, cache_creation_input_tokens: 0, cache_read_input_tokens: 5 },
    });
  });

  it.each([
    ["stop", "end_turn"],
    ["length", "max_tokens"],
    ["content_filter", "refusal"],
  ] as const)("finish %s is stop_reason %s", (finish, reason) => {
    const choice = { index: 0, content: "x", toolCalls: [], finishReason: finish };
    expect(toMessage("m", choice, usage).stop_reason).toBe(reason);
  });

  it("cuts at the first stop sequence and names it", () => {
    const choice = { index: 0, content: "one, two END three STOP", toolCalls: [], finishReason: "stop" as const };
    const message = toMessage("m", choice, usage, ["STOP", "END"]);
    expect(message.content).toEqual([{ type: "text", text: "one, two " }]);
    expect(message).toMatchObject({ stop_reason: "stop_sequence", stop_sequence: "END" });
  });

  it("keeps arguments that are not a JSON object instead of dropping them", () => {
    const call = { id: "c", type: "function" as const, function: { name: "f", arguments: "{oops" } };
    const empty = { id: "d", type: "function" as const, function: { name: "g", arguments: "" } };
    const choice = { index: 0, content: null, toolCalls: [call, empty], finishReason: "tool_calls" as const };
    expect(toMessage("m", choice, usage).content).toEqual([
      { type: "tool_use", id: "c", name: "f", input: { _raw: "{oops" } },
      { type: "tool_use", id: "d", name: "g", input: {} },
    ]);
  });
});
