import { describe, expect, it } from "vitest";
import { emulate } from "../src/emulate.ts";
import { DEEPSEEK_R1, GLM, KIMI, LLAMA_4_SCOUT, LLAMA_33, LLAMA_SMALL, QWEN3, QWQ } from "./fixtures/models.ts";
import { expectAiError, jsonOf } from "./helpers.ts";

const WEATHER_TOOL = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Weather for a city",
    parameters: {
      type: "object",
      properties: {
        city: { type: "string", description: "City name" },
        unit: { type: "string", enum: ["celsius", "fahrenheit"], description: "Unit" },
        days: { type: "integer", minimum: 1, maximum: 7, description: "Days" },
      },
      required: ["city"],
    },
  },
};
const ask = [
  { role: "system", content: "Be brief." },
  { role: "user", content: "What is the weather in Paris?" },
];

describe("legacy output {response, usage}", () => {
  it("answers visibly emulated, echoing the prompt, with usage", async () => {
    const out = jsonOf(await emulate(LLAMA_SMALL, { prompt: "Tell me about the sea" }));
    expect(Object.keys(out)).toEqual(["response", "usage"]);
    expect(out.response).toMatch(
      /^\[emulated @cf\/meta\/llama-3\.2-1b-instruct\] You said: "Tell me about the sea"\. /,
    );
    expect(out.usage).toEqual({
      prompt_tokens: 6,
      completion_tokens: Math.ceil(out.response.length / 4),
      total_tokens: 6 + Math.ceil(out.response.length / 4),
    });
  });

  it("is deterministic and depends on the last user message", async () => {
    const a = jsonOf(await emulate(LLAMA_SMALL, { messages: ask }));
    const b = jsonOf(await emulate(LLAMA_SMALL, { messages: ask }));
    const c = jsonOf(await emulate(LLAMA_SMALL, { messages: [{ role: "user", content: "Something else" }] }));
    expect(a).toEqual(b);
    expect(c.response).not.toEqual(a.response);
  });

  it("cuts at max_tokens", async () => {
    const out = jsonOf(await emulate(LLAMA_SMALL, { prompt: "hello", max_tokens: 5 }));
    expect(out.response).toHaveLength(20);
    expect(out.usage.completion_tokens).toBe(5);
  });

  it("thinks inside <think> for legacy reasoning models", async () => {
    const out = jsonOf(await emulate(QWQ, { messages: ask }));
    expect(out.response).toMatch(
      /^<think>\n\[emulated reasoning\] [\s\S]*\n<\/think>\n\n\[emulated @cf\/qwen\/qwq-32b\]/,
    );
  });

  it("calls tools in the flat shape {name, arguments: object} for prompt-messages models", async () => {
    const out = jsonOf(await emulate(LLAMA_33, { messages: ask, tools: [WEATHER_TOOL] }));
    expect(out.response).toBeNull();
    expect(out.tool_calls).toEqual([{ name: "get_weather", arguments: expect.any(Object) }]);
    const args = out.tool_calls[0].arguments;
    expect(typeof args.city).toBe("string");
    expect(["celsius", "fahrenheit"]).toContain(args.unit);
    expect(args.days).toBeGreaterThanOrEqual(1);
    expect(args.days).toBeLessThanOrEqual(7);
  });

  it("calls tools as {id, type, function: {name, arguments: object}} for llama-4-scout style", async () => {
    const flat = { name: "get_weather", description: "w", parameters: WEATHER_TOOL.function.parameters };
    const out = jsonOf(await emulate(LLAMA_4_SCOUT, { messages: ask, tools: [flat] }));
    expect(out.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^[a-zA-Z0-9]{9}$/),
        type: "function",
        function: { name: "get_weather", arguments: expect.any(Object) },
      },
    ]);
  });

  it("answers a tool result instead of calling the tool again", async () => {
    const messages = [...ask, { role: "assistant", content: "" }, { role: "tool", content: '{"temp": 21}' }];
    const out = jsonOf(await emulate(LLAMA_33, { messages, tools: [WEATHER_TOOL] }));
    expect(out.tool_calls).toBeUndefined();
    expect(out.response).toContain('Tool result received: "{"temp": 21}"');
  });

  it("does not call tools with tool_choice none", async () => {
    const out = jsonOf(await emulate(LLAMA_33, { messages: ask, tools: [WEATHER_TOOL], tool_choice: "none" }));
    expect(out.tool_calls).toBeUndefined();
  });

  it("returns JSON mode answers as an object following the bare schema", async () => {
    const schema = { type: "object", properties: { name: { type: "string" }, population: { type: "integer" } } };
    const out = jsonOf(
      await emulate(LLAMA_33, { messages: ask, response_format: { type: "json_schema", json_schema: schema } }),
    );
    expect(out.response).toEqual({ name: expect.any(String), population: expect.any(Number) });
  });

  it("refuses JSON mode with stream", async () => {
    await expectAiError(
      emulate(LLAMA_33, { prompt: "x", stream: true, response_format: { type: "json_object" } }),
      5006,
      /stream/,
    );
  });
});

describe("chat-completion output", () => {
  it("returns a chat.completion with reasoning_content and usage details", async () => {
    const out = jsonOf(await emulate(GLM, { messages: ask }));
    expect(out).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-[0-9a-f]{16}$/),
      object: "chat.completion",
      created: expect.any(Number),
      model: "@cf/zai-org/glm-4.7-flash",
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: expect.stringMatching(
              /^\[emulated @cf\/zai-org\/glm-4\.7-flash\] You said: "What is the weather in Paris\?"/,
            ),
            reasoning_content: expect.stringMatching(/^\[emulated reasoning\]/),
          },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: expect.any(Number),
        completion_tokens: expect.any(Number),
        total_tokens: expect.any(Number),
        prompt_tokens_details: { cached_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: expect.any(Number) },
      },
    });
  });

  it("omits reasoning when reasoning_effort is null", async () => {
    const out = jsonOf(await emulate(GLM, { messages: ask, reasoning_effort: null }));
    expect(out.choices[0].message.reasoning_content).toBeUndefined();
  });

  it("calls tools with arguments as a JSON string, content null", async () => {
    const out = jsonOf(
      await emulate(GLM, {
        messages: ask,
        tools: [WEATHER_TOOL],
        tool_choice: { type: "function", function: { name: "get_weather" } },
      }),
    );
    const choice = out.choices[0];
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.content).toBeNull();
    expect(choice.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^chatcmpl-tool-[0-9a-f]{16}$/),
        type: "function",
        function: { name: "get_weather", arguments: expect.any(String) },
      },
    ]);
    expect(JSON.parse(choice.message.tool_calls[0].function.arguments)).toHaveProperty("city");
  });

  it("gives JSON mode content as a JSON string, from the OpenAI wrapper's schema", async () => {
    const response_format = {
      type: "json_schema",
      json_schema: { name: "city", schema: { type: "object", properties: { ok: { type: "boolean" } } } },
    };
    const out = jsonOf(await emulate(GLM, { messages: ask, response_format, reasoning_effort: null }));
    expect(JSON.parse(out.choices[0].message.content)).toEqual({ ok: expect.any(Boolean) });
  });

  it("needs the named wrapper for json_schema", async () => {
    const response_format = { type: "json_schema", json_schema: { type: "object" } };
    await expectAiError(emulate(GLM, { messages: ask, response_format }), 5006, /'name', 'schema'/);
  });

  it("finishes with length when max_tokens is small", async () => {
    const out = jsonOf(await emulate(GLM, { messages: ask, max_tokens: 4 }));
    expect(out.choices[0].finish_reason).toBe("length");
    expect(out.usage.completion_tokens).toBe(4);
  });

  it("returns n choices", async () => {
    const out = jsonOf(await emulate(GLM, { messages: ask, n: 2, reasoning_effort: null }));
    expect(out.choices.map((c: any) => c.index)).toEqual([0, 1]);
    expect(out.choices[0].message.content).not.toEqual(out.choices[1].message.content);
  });

  it("answers prompt with a text_completion (qwen3 style)", async () => {
    const out = jsonOf(await emulate(QWEN3, { prompt: "Once upon a time" }));
    expect(out).toMatchObject({
      object: "text_completion",
      id: expect.stringMatching(/^cmpl-/),
      choices: [{ index: 0, text: expect.stringContaining("Once upon a time"), finish_reason: "stop", logprobs: null }],
    });
  });

  it("takes image parts on vision models", async () => {
    const content = [
      { type: "text", text: "What is this?" },
      { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } },
    ];
    const out = jsonOf(await emulate(KIMI, { messages: [{ role: "user", content }] }));
    expect(out.choices[0].message.content).toContain("What is this?");
  });
});

describe("text generation validation (5006 like the real schemas)", () => {
  it("requires prompt or messages", async () => {
    await expectAiError(emulate(LLAMA_SMALL, {}), 5006, /required properties at '\/' are 'prompt'/);
    await expectAiError(emulate(GLM, {}), 5006, /required properties at '\/' are 'messages'/);
  });

  it("refuses prompt and messages together", async () => {
    await expectAiError(
      emulate(LLAMA_SMALL, { prompt: "a", messages: ask }),
      5006,
      /prompt and messages are mutually exclusive/,
    );
  });

  it("refuses array content on string-only models (AiTextGenerationInput), takes text parts on llama-3.3", async () => {
    const messages = [{ role: "user", content: [{ type: "text", text: "hi" }] }];
    expect(jsonOf(await emulate(LLAMA_33, { messages })).response).toContain('You said: "hi"');
    const e = await expectAiError(emulate(DEEPSEEK_R1, { messages }), 5006);
    expect(e.message).toBe("5006: Bad input: Error: Type mismatch of '/messages/0/content', 'string' not in 'array'");
  });

  it("refuses null content on legacy models", async () => {
    const messages = [
      { role: "user", content: "hi" },
      { role: "assistant", content: null },
    ];
    await expectAiError(emulate(LLAMA_33, { messages }), 5006, /'\/messages\/1\/content', 'string' not in 'null'/);
  });

  it("refuses image parts on text-only chat models and http image URLs", async () => {
    const image = (url: string) => [{ role: "user", content: [{ type: "image_url", image_url: { url } }] }];
    await expectAiError(emulate(GLM, { messages: image("data:image/png;base64,AAAA") }), 5006, /text only/);
    await expectAiError(
      emulate(LLAMA_4_SCOUT, { messages: image("https://example.com/a.png") }),
      5006,
      /pattern '\^data:\*'/,
    );
  });

  it("checks tool_call_id's pattern on llama-4-scout style models", async () => {
    const messages = [...ask, { role: "tool", tool_call_id: "call_abc", content: "{}" }];
    await expectAiError(emulate(LLAMA_4_SCOUT, { messages }), 5006, /tool_call_id/);
  });

  it("refuses an empty prompt and a wrong max_tokens", async () => {
    await expectAiError(emulate(LLAMA_SMALL, { prompt: "" }), 5006, /shorter than 1/);
    await expectAiError(
      emulate(LLAMA_SMALL, { prompt: "a", max_tokens: "10" }),
      5006,
      /Type mismatch of '\/max_tokens'/,
    );
  });

  it("throws 5021 past the published context window", async () => {
    await expectAiError(
      emulate(LLAMA_33, { prompt: "a", max_tokens: 30000 }),
      5021,
      /exceeded this model context window limit \(24000\)/,
    );
  });
});
