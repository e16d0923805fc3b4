import { ApiError, parseInput } from "@wai/core";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { isCommonResponseParams } from "./is-common-response-params.ts";
import { normalizeInputItems, ResponseCreateParams } from "./response-create-params.ts";

const MODEL = "@cf/meta/llama-3.1-8b-instruct-fast";
const base = { model: MODEL, input: "hi" };

/** Responses bodies as the behaviour tests and the SDK suites send them (test/responses*.test.ts), valid or not. */
const BODIES: unknown[] = [
  base,
  {
    model: MODEL,
    input: [{ role: "user", content: "Tell me about the fox." }],
    instructions: "Be brief.",
    store: false,
  },
  {
    model: MODEL,
    input: [
      { type: "message", role: "developer", content: "x" },
      { role: "assistant", content: "y" },
    ],
  },
  { model: MODEL, input: [{ role: "user", content: [{ type: "input_text", text: "hi" }] }] },
  { model: MODEL, input: [{ role: "user", content: [{ type: "input_image", image_url: "data:image/png;base64,x" }] }] },
  { model: MODEL, input: [{ role: "user", content: [{ type: "input_file" }] }] },
  { model: MODEL, input: [{ role: "robot", content: "x" }] },
  { model: MODEL, input: [{ role: "user", content: 5 }] },
  { model: MODEL, input: [{ role: "user", content: "x", id: "msg_1", status: "completed" }] },
  { model: MODEL, input: [{ type: "function_call", call_id: "c1", name: "f", arguments: "{}" }] },
  { model: MODEL, input: [{ type: "function_call_output", call_id: "c1", output: "42" }] },
  { model: MODEL, input: [{ type: "reasoning", encrypted_content: "x" }] },
  { model: MODEL, input: [{ type: "item_reference", id: "x" }] },
  { model: MODEL, input: [] },
  { model: MODEL, input: null },
  { model: MODEL, input: 5 },
  { model: MODEL },
  { input: "x" },
  { model: "", input: "x" },
  {},
  null,
  [],
  "x",
  { ...base, tools: [{ type: "function", name: "get_weather", parameters: {} }] },
  { ...base, tools: [{ type: "web_search" }] },
  { ...base, tool_choice: "auto" },
  { ...base, text: { format: { type: "json_object" } } },
  { ...base, text: { format: { type: "json_schema", name: "s", schema: {} }, verbosity: "low" } },
  { ...base, reasoning: { effort: "low", summary: "auto" } },
  { ...base, metadata: { a: "b" } },
  { ...base, include: ["reasoning.encrypted_content"] },
  { ...base, tools: null, tool_choice: null, text: null, reasoning: null, metadata: null, include: null },
  { ...base, service_tier: "auto", truncation: "auto", prompt_cache_key: "k" },
];

const VALUES: Record<string, unknown[]> = {
  instructions: ["x", "", null, 5],
  parallel_tool_calls: [true, null, "no"],
  max_output_tokens: [1, 0, 2.5, 4096, null, "10"],
  temperature: [0, 2, 2.1, -1, null, "1"],
  top_p: [0, 1, 1.1, null],
  store: [true, false, null, "false"],
  stream: [true, false, null, 0],
  previous_response_id: ["resp_1", "", null, 1],
  user: ["u", null, 1],
  model: ["gpt-4o", "", null, 1],
};

const matrix = () =>
  Object.entries(VALUES).flatMap(([field, values]) => values.map((value) => ({ ...base, [field]: value })));

function outcome(data: unknown, withFastPath: boolean): unknown {
  try {
    return { ok: parseInput(ResponseCreateParams, data, withFastPath ? isCommonResponseParams : undefined) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, param: error.param, message: error.message };
  }
}

describe("isCommonResponseParams (the fast path of the Responses API's validation)", () => {
  const bodies = [...BODIES, ...matrix()].map(normalizeInputItems);

  it.each(bodies.map((body) => [JSON.stringify(body), body]))(
    "accepts only what the schema accepts unchanged: %s",
    (_, body) => {
      if (isCommonResponseParams(body)) {
        const parsed = v.safeParse(ResponseCreateParams, body);
        expect(parsed.success).toBe(true);
        expect(parsed.output).toEqual(body);
      }
      expect(outcome(body, true)).toEqual(outcome(body, false));
    },
  );

  it("takes the common bodies without the schema, and leaves the rest to it", () => {
    const fast = bodies.filter((body) => isCommonResponseParams(body));
    expect(fast.length).toBeGreaterThan(25);
    expect(fast.length).toBeLessThan(bodies.length - 25);
    expect(isCommonResponseParams(bodies[1])).toBe(true);
  });
});
