import { describe, expect, it } from "vitest";
import { inputsOf, post, spyOnAiRun } from "./helpers.ts";

const ai = spyOnAiRun();

// The tool an OpenAI client built with openai-node's `zodFunction` sends: no descriptions anywhere.
const zodTool = {
  type: "function",
  function: {
    name: "get_weather",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
      required: ["city", "unit"],
      additionalProperties: false,
    },
    strict: true,
  },
};
const messages = [{ role: "user", content: "Weather in Paris?" }];

describe("tools without descriptions", () => {
  it("fills in what llama-3.3's schema requires, from the names, and says so in x-gateway-notes", async () => {
    const res = await post("/v1/chat/completions", { model: "gpt-4", messages, tools: [zodTool] });
    expect(res.status).toBe(200);
    expect(inputsOf(ai.run, 0).tools).toEqual([
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
            },
            required: ["city", "unit"],
            additionalProperties: false,
          },
          strict: true,
        },
      },
    ]);
    expect(res.headers.get("x-gateway-notes")).toBe(
      "tools: descriptions and types the model requires filled in from the names",
    );
  });

  it("does the same on llama-4-scout, a parts model", async () => {
    await post("/v1/chat/completions", { model: "gpt-4o", messages, tools: [zodTool] });
    expect(inputsOf(ai.run, 0).tools[0].function.description).toBe("get_weather");
  });

  it("sends a chat-completions model the tools untouched: its schema takes OpenAI's", async () => {
    const res = await post("/v1/chat/completions", { model: "@cf/zai-org/glm-4.7-flash", messages, tools: [zodTool] });
    expect(res.status).toBe(200);
    expect(inputsOf(ai.run, 0).tools).toEqual([zodTool]);
    expect(res.headers.get("x-gateway-notes")).toBeNull();
  });
});
