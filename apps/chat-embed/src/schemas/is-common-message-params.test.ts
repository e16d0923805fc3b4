import { ApiError, parseInput } from "@wai/core";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { isCommonMessageParams } from "./is-common-message-params.ts";
import { MessageCreateParams } from "./message-create-params.ts";

const MODEL = "claude-sonnet-4-6";
const base = { model: MODEL, max_tokens: 256, messages: [{ role: "user", content: "hi" }] };
const user = (content: unknown) => [{ role: "user", content }];

/** Messages bodies as the behaviour tests and the Anthropic SDK suite send them (test/messages.test.ts, ...). */
const BODIES: unknown[] = [
  base,
  { ...base, system: "Be brief.", stream: true, metadata: { user_id: "u-1" } },
  {
    ...base,
    messages: [
      { role: "user", content: "a" },
      { role: "assistant", content: "b" },
      { role: "system", content: "c" },
    ],
  },
  { ...base, messages: user([{ type: "text", text: "hi" }]) },
  { ...base, messages: user([{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBO" } }]) },
  { ...base, messages: user([{ type: "tool_result", tool_use_id: "t1", content: "42" }]) },
  { ...base, messages: [{ role: "assistant", content: [{ type: "tool_use", id: "t1", name: "f", input: {} }] }] },
  { ...base, messages: user([{ type: "video" }]) },
  { ...base, messages: [{ role: "tool", content: "x" }] },
  { ...base, messages: [{ role: "user", content: 5 }] },
  { ...base, messages: [{ role: "user", content: "x", cache_control: { type: "ephemeral" } }] },
  { ...base, messages: [] },
  { ...base, messages: null },
  { model: MODEL, messages: user("x") },
  { max_tokens: 5, messages: user("x") },
  { ...base, model: "" },
  {},
  null,
  [],
  { ...base, system: [{ type: "text", text: "Be brief.", cache_control: { type: "ephemeral" } }] },
  { ...base, tools: [{ name: "get_weather", input_schema: { type: "object" } }] },
  { ...base, tools: [{ type: "web_search_20250305", name: "web_search" }] },
  { ...base, tool_choice: { type: "auto" } },
  { ...base, thinking: { type: "enabled", budget_tokens: 1024 } },
  { ...base, output_config: { effort: "low" } },
  { ...base, metadata: { user_id: null } },
  { ...base, metadata: { user_id: 5 } },
  { ...base, metadata: null },
  { ...base, anthropic_version: "2023-06-01", service_tier: "auto", unknown: null },
];

const VALUES: Record<string, unknown[]> = {
  max_tokens: [1, 0, 1.5, 64000, null, "5"],
  system: ["x", "", null, 5],
  stop_sequences: [[], ["\n\nHuman:"], [1], "x", null],
  temperature: [0, 1, 1.5, -0.1, null],
  top_p: [0, 1, 2, null],
  top_k: [0, 5, -1, 1.5, null],
  stream: [true, false, null, "true"],
  model: ["claude-3-haiku", "", null],
};

const matrix = () =>
  Object.entries(VALUES).flatMap(([field, values]) => values.map((value) => ({ ...base, [field]: value })));

function outcome(data: unknown, withFastPath: boolean): unknown {
  try {
    return { ok: parseInput(MessageCreateParams, data, withFastPath ? isCommonMessageParams : undefined) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, param: error.param, message: error.message };
  }
}

describe("isCommonMessageParams (the fast path of the Messages API's validation)", () => {
  const bodies = [...BODIES, ...matrix()];

  it.each(bodies.map((body) => [JSON.stringify(body), body]))(
    "accepts only what the schema accepts unchanged: %s",
    (_, body) => {
      if (isCommonMessageParams(body)) {
        const parsed = v.safeParse(MessageCreateParams, body);
        expect(parsed.success).toBe(true);
        expect(parsed.output).toEqual(body);
      }
      expect(outcome(body, true)).toEqual(outcome(body, false));
    },
  );

  it("takes the common bodies without the schema, and leaves the rest to it", () => {
    const fast = bodies.filter((body) => isCommonMessageParams(body));
    expect(fast.length).toBeGreaterThan(15);
    expect(fast.length).toBeLessThan(bodies.length - 20);
    expect(isCommonMessageParams(BODIES[1])).toBe(true);
  });
});
