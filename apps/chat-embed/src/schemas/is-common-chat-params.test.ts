import { ApiError, parseInput } from "@wai/core";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ChatCompletionCreateParams } from "./chat-completion-create-params.ts";
import { isCommonChatParams } from "./is-common-chat-params.ts";

const user = (content: unknown) => [{ role: "user", content }];
const MODEL = "@cf/meta/llama-3.1-8b-instruct-fast";

/** Chat bodies as the behaviour tests and the SDK/gateway suites send them (test/*.test.ts), valid or not. */
const BODIES: unknown[] = [
  { model: MODEL, messages: user("hi") },
  { model: "gpt-4", messages: user("hi"), top_p: 0, temperature: 0 },
  { model: "gpt-4", messages: user("hi"), seed: 10_000_000_000 },
  { model: "gpt-4o", messages: user("hi"), temperature: -0.5 },
  { model: "gpt-4o", messages: user("hi"), presence_penalty: -0.5, frequency_penalty: 2 },
  { model: MODEL, messages: user("hi"), stream: true, stream_options: { include_usage: true } },
  { model: MODEL, messages: user("hi"), stream: true, stream_options: null },
  { model: MODEL, messages: user("hi"), stream_options: { include_usage: "yes" } },
  { model: MODEL, messages: user("hi"), stop: ["a", "b"] },
  { model: MODEL, messages: user("hi"), stop: ["a", "b", "c", "d", "e"] },
  { model: MODEL, messages: user("hi"), stop: "\n" },
  { model: MODEL, messages: user("hi"), stop: [1] },
  {
    model: MODEL,
    messages: [
      { role: "system", content: "You are a helpful assistant." },
      { role: "user", content: "Tell me about the quick brown fox.", name: "ann" },
      { role: "assistant", content: "It jumps." },
      { role: "developer", content: "Be brief." },
    ],
  },
  { model: MODEL, messages: [{ role: "assistant", content: null }] },
  { model: MODEL, messages: [{ role: "user", content: "x", name: null }] },
  { model: MODEL, messages: [{ role: "user", content: "x", name: 5 }] },
  { model: MODEL, messages: [{ role: "tool", content: "42", tool_call_id: "call_1" }] },
  { model: MODEL, messages: [{ role: "function", content: "42", name: "f" }] },
  { model: MODEL, messages: [{ role: "robot", content: "x" }] },
  { model: MODEL, messages: [{ content: "x" }] },
  { model: MODEL, messages: [{ role: "user" }] },
  { model: MODEL, messages: [{ role: "user", content: 5 }] },
  { model: MODEL, messages: user([{ type: "text", text: "hi" }]) },
  { model: MODEL, messages: user([{ type: "image_url", image_url: { url: "data:image/png;base64,iVBO" } }]) },
  { model: MODEL, messages: user([{ type: "image_url", image_url: { url: "" } }]) },
  { model: MODEL, messages: user([{ type: "video", video: {} }]) },
  {
    model: MODEL,
    messages: [
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "call_1", function: { name: "get_weather", arguments: "{}" } }],
      },
    ],
  },
  { model: MODEL, messages: [{ role: "user", content: "x", tool_calls: "nope" }] },
  { model: MODEL, messages: user("x"), tools: [{ type: "function", function: { name: "f", parameters: {} } }] },
  { model: MODEL, messages: user("x"), tools: [{ type: "function", function: { name: "bad name!" } }] },
  { model: MODEL, messages: user("x"), tools: null, tool_choice: null, response_format: null },
  { model: MODEL, messages: user("x"), tool_choice: "auto" },
  { model: MODEL, messages: user("x"), response_format: { type: "json_object" } },
  { model: MODEL, messages: user("x"), response_format: { type: "xml" } },
  { model: MODEL },
  { messages: user("x") },
  { model: "", messages: user("x") },
  { model: 5, messages: user("x") },
  { model: MODEL, messages: [] },
  { model: MODEL, messages: "hi" },
  { model: MODEL, messages: [null] },
  { model: MODEL, messages: [["user", "hi"]] },
  {},
  [],
  null,
  "hi",
  42,
  { model: MODEL, messages: user("x"), metadata: { a: 1 }, store: true, service_tier: "auto", extra: [1, 2] },
  { model: MODEL, messages: user("x"), user: "u-1", reasoning_effort: "low", parallel_tool_calls: false },
  { model: MODEL, messages: user("x"), user: 7 },
  { model: MODEL, messages: user("x"), reasoning_effort: "max" },
  { model: MODEL, messages: user("x"), n: 2, logprobs: true, top_logprobs: 20 },
];

/** Each field with values of the right type and range, at its edges, and of the wrong ones. */
const VALUES: Record<string, unknown[]> = {
  max_tokens: [1, 0, -1, 1.5, 256, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, "256", null, true],
  max_completion_tokens: [1, 0, 2.5, 4096, "x", null],
  temperature: [0, 2, 2.0001, -0.0001, 1.3, "1", null, false],
  top_p: [0, 1, 1.5, -1, 0.9, null, "0.9"],
  seed: [0, -5, 1.5, 10_000_000_000, "1", null],
  presence_penalty: [-2, 2, -2.5, 2.5, 0, null, "0"],
  frequency_penalty: [-2, 2, 3, 0.1, null, []],
  stream: [true, false, null, "true", 1],
  stream_options: [{}, { include_usage: false }, { include_usage: null }, { include_usage: 1 }, [], "x", null],
  stop: ["", "x", [], ["a"], ["a", "b", "c", "d"], ["a", "b", "c", "d", "e"], [null], 5, null],
  n: [1, 128, 129, 0, 1.5, null, "1"],
  logprobs: [true, false, null, "yes"],
  top_logprobs: [0, 20, 21, -1, null, 1.5],
  parallel_tool_calls: [true, null, 0],
  reasoning_effort: ["none", "minimal", "low", "medium", "high", "max", null, 1],
  user: ["u", "", null, 1, {}],
  model: ["gpt-4o", "", null, 1],
  tools: [[], null, [{ type: "function", function: { name: "f" } }], "x"],
  tool_choice: ["none", "auto", "required", "sometimes", null, { type: "function", function: { name: "f" } }],
  response_format: [{ type: "text" }, { type: "json_schema", json_schema: { name: "s" } }, null, "json"],
  unknown_field: [1, null, "x", { nested: true }],
};

function matrix(): unknown[] {
  const base = { model: MODEL, messages: user("hi") };
  const out: unknown[] = [];
  for (const [field, values] of Object.entries(VALUES))
    for (const value of values) out.push({ ...base, [field]: value });
  return out;
}

/** The outcome of `parseInput`: its output, or the 400's param and message. */
function outcome(data: unknown, withFastPath: boolean): unknown {
  try {
    return { ok: parseInput(ChatCompletionCreateParams, data, withFastPath ? isCommonChatParams : undefined) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, param: error.param, message: error.message };
  }
}

describe("isCommonChatParams (the fast path of chat completions' validation)", () => {
  const bodies = [...BODIES, ...matrix()];

  it.each(bodies.map((body) => [JSON.stringify(body), body]))(
    "accepts only what the schema accepts unchanged: %s",
    (_, body) => {
      if (isCommonChatParams(body)) {
        const parsed = v.safeParse(ChatCompletionCreateParams, body);
        expect(parsed.success).toBe(true);
        expect(parsed.output).toEqual(body);
      }
      expect(outcome(body, true)).toEqual(outcome(body, false));
    },
  );

  it("takes the common bodies without the schema, and leaves the rest to it", () => {
    const fast = bodies.filter((body) => isCommonChatParams(body));
    expect(fast.length).toBeGreaterThan(60);
    expect(fast.length).toBeLessThan(bodies.length - 60);
    expect(isCommonChatParams(BODIES[0])).toBe(true);
    expect(isCommonChatParams(BODIES[12])).toBe(true);
  });
});
