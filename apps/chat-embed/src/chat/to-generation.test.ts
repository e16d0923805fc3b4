import { MODELS } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { toGeneration } from "./to-generation.ts";

const model = (id: string) => MODELS.find((m) => m.id === id) ?? (undefined as never);
const llama33 = model("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
const scout = model("@cf/meta/llama-4-scout-17b-16e-instruct");
const glm = model("@cf/zai-org/glm-4.7-flash");

// Wire samples: reference §2.1.2 (legacy output, traditional function calling, JSON mode docs) and §2.1.3 (glm).
describe("toGeneration", () => {
  it("reads a legacy answer with its usage", () => {
    const wire = { response: "Hello!", usage: { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 } };
    expect(toGeneration(llama33, wire, 2048)).toEqual({
      choices: [{ index: 0, content: "Hello!", toolCalls: [], finishReason: "stop" }],
      usage: wire.usage,
    });
  });

  it("turns flat legacy tool calls (arguments an object, no id) into OpenAI's", () => {
    const wire = { response: null, tool_calls: [{ name: "get_weather", arguments: { city: "Lisbon" } }] };
    const [choice] = toGeneration(llama33, wire, 2048).choices;
    expect(choice?.content).toBeNull();
    expect(choice?.finishReason).toBe("tool_calls");
    expect(choice?.toolCalls).toEqual([
      {
        id: expect.stringMatching(/^call_[A-Za-z0-9]{24}$/),
        type: "function",
        function: { name: "get_weather", arguments: '{"city":"Lisbon"}' },
      },
    ]);
  });

  it("keeps llama-4-scout's tool-call ids", () => {
    const wire = {
      response: "",
      tool_calls: [{ id: "a1B2c3D4e", type: "function", function: { name: "lookup", arguments: { q: "x" } } }],
    };
    expect(toGeneration(scout, wire, 2048).choices[0]?.toolCalls[0]).toEqual({
      id: "a1B2c3D4e",
      type: "function",
      function: { name: "lookup", arguments: '{"q":"x"}' },
    });
  });

  it("serializes a JSON-mode object response and a bare string output", () => {
    const wire = { response: { name: "India", capital: "New Delhi" } };
    expect(toGeneration(llama33, wire, 2048).choices[0]?.content).toBe('{"name":"India","capital":"New Delhi"}');
    expect(toGeneration(llama33, "plain text", 2048).choices[0]?.content).toBe("plain text");
  });

  it("says length when the usage shows max_tokens were all used", () => {
    const wire = { response: "cut", usage: { prompt_tokens: 5, completion_tokens: 100, total_tokens: 105 } };
    expect(toGeneration(llama33, wire, 100).choices[0]?.finishReason).toBe("length");
  });

  it("reads a chat.completion with reasoning_content, tool calls and model_length", () => {
    const wire = {
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 1764201600,
      model: "@cf/zai-org/glm-4.7-flash",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "Hi", refusal: null, reasoning_content: "thinking" },
          finish_reason: "model_length",
          logprobs: null,
        },
        {
          index: 1,
          message: {
            role: "assistant",
            content: null,
            tool_calls: [{ id: "call_1", type: "function", function: { name: "f", arguments: "{}" } }],
          },
          finish_reason: "tool_calls",
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 9, completion_tokens: 4, total_tokens: 13, prompt_tokens_details: { cached_tokens: 0 } },
    };
    const generation = toGeneration(glm, wire, 2048);
    expect(generation.choices).toEqual([
      { index: 0, content: "Hi", reasoning: "thinking", toolCalls: [], finishReason: "length" },
      {
        index: 1,
        content: null,
        toolCalls: [{ id: "call_1", type: "function", function: { name: "f", arguments: "{}" } }],
        finishReason: "tool_calls",
      },
    ]);
    expect(generation.usage).toBe(wire.usage);
  });

  it("refuses a shape it does not know with a 502", () => {
    expect(() => toGeneration(llama33, { something: "else" }, 10)).toThrow(expect.objectContaining({ status: 502 }));
  });
});
