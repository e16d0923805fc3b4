import { describe, expect, it } from "vitest";
import type { ChatCompletionTool } from "../schemas/chat-completion-create-params.ts";
import { legacyToolNotes, toLegacyTools } from "./to-legacy-tools.ts";

// What openai-node's `zodFunction({ name: "get_weather", parameters: z.object({ city: z.string(),
// unit: z.enum(["celsius", "fahrenheit"]), days: z.number().int().nullable() }) })` sends: no description on
// the function, none on any property, `anyOf` for a nullable field, `strict` and `additionalProperties: false`.
const zodTool: ChatCompletionTool = {
  type: "function",
  function: {
    name: "get_weather",
    parameters: {
      type: "object",
      properties: {
        city: { type: "string" },
        unit: { type: "string", enum: ["celsius", "fahrenheit"] },
        days: { anyOf: [{ type: "integer" }, { type: "null" }] },
      },
      required: ["city", "unit", "days"],
      additionalProperties: false,
    },
    strict: true,
  },
};

// OpenAI's function-calling guide, complete: every description present.
const guideTool: ChatCompletionTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Get current temperature for a given location.",
    parameters: {
      type: "object",
      properties: { location: { type: "string", description: "City and country e.g. Bogotá, Colombia" } },
      required: ["location"],
      additionalProperties: false,
    },
    strict: true,
  },
};

describe("toLegacyTools", () => {
  it("fills in the descriptions and types llama-3.3's schema requires, from the names, keeping the rest", () => {
    expect(toLegacyTools([zodTool])).toEqual([
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "get_weather",
          parameters: {
            type: "object",
            properties: {
              city: { type: "string", description: "city" },
              unit: { type: "string", enum: ["celsius", "fahrenheit"], description: "unit" },
              days: { anyOf: [{ type: "integer" }, { type: "null" }], type: "integer", description: "days" },
            },
            required: ["city", "unit", "days"],
            additionalProperties: false,
          },
          strict: true,
        },
      },
    ]);
    expect(legacyToolNotes([zodTool])).toEqual([
      "tools: descriptions and types the model requires filled in from the names",
    ]);
  });

  it("leaves a complete tool exactly as the client sent it, with no note", () => {
    expect(toLegacyTools([guideTool])).toEqual([guideTool]);
    expect(legacyToolNotes([guideTool])).toEqual([]);
    expect(legacyToolNotes(undefined)).toEqual([]);
  });

  it("gives a tool without parameters an empty object schema (the schema requires `parameters`)", () => {
    const [tool] = toLegacyTools([{ type: "function", function: { name: "get_time" } }]);
    expect(tool?.function).toEqual({
      name: "get_time",
      description: "get_time",
      parameters: { type: "object", properties: {} },
    });
  });

  it("derives a property's type from enum, const, items, properties, a type list, else string", () => {
    const [tool] = toLegacyTools([
      {
        type: "function",
        function: {
          name: "f",
          parameters: {
            type: "object",
            properties: {
              level: { enum: [1, 2, 3] },
              ratio: { enum: [0.5, 1.5] },
              flag: { const: true },
              tags: { items: { type: "string" } },
              address: { properties: { street: { type: "string" } } },
              maybe: { type: ["null", "number"], description: "kept" },
              choice: { oneOf: [{ type: "null" }, { enum: ["a", "b"] }] },
              anything: {},
            },
          },
        },
      },
    ]);
    const types = Object.fromEntries(
      Object.entries(tool?.function.parameters.properties ?? {}).map(([k, p]) => [k, [p.type, p.description]]),
    );
    expect(types).toEqual({
      level: ["integer", "level"],
      ratio: ["number", "ratio"],
      flag: ["boolean", "flag"],
      tags: ["array", "tags"],
      address: ["object", "address"],
      maybe: ["number", "kept"],
      choice: ["string", "choice"],
      anything: ["string", "anything"],
    });
  });
});
