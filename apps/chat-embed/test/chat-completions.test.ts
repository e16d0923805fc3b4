import { describe, expect, it } from "vitest";
import { inputsOf, post, spyOnAiRun } from "./helpers.ts";

const ai = spyOnAiRun();

const user = (content: unknown) => [{ role: "user", content }];
const weather = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Weather of a city",
    parameters: { type: "object", properties: { city: { type: "string", description: "city" } }, required: ["city"] },
  },
};

async function chat(body: Record<string, unknown>) {
  const res = await post("/v1/chat/completions", body);
  return { res, json: (await res.json()) as any };
}

describe("POST /v1/chat/completions, not streamed", () => {
  it("answers a chat.completion in OpenAI's shape, naming the Workers AI model that served it", async () => {
    const { res, json } = await chat({ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("Hello there") });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(json).toMatchObject({
      object: "chat.completion",
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: expect.stringContaining('You said: "Hello there"'), refusal: null },
          logprobs: null,
          finish_reason: "stop",
        },
      ],
    });
    expect(json.id).toMatch(/^chatcmpl-[A-Za-z0-9]{29}$/); // OpenAI's shape
    expect(json.created).toBeGreaterThan(1_700_000_000);
    expect(json.created).toBeLessThan(10_000_000_000); // seconds, not milliseconds
    expect(json.usage.total_tokens).toBe(json.usage.prompt_tokens + json.usage.completion_tokens);
    expect(json.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it("sends the catalog's default max_tokens instead of Workers AI's 256, and the client's when given", async () => {
    await chat({ model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast", messages: user("hi") });
    expect(ai.run.mock.calls[0]?.[1]).toMatchObject({ max_tokens: 2048 });
    await chat({ model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast", messages: user("hi"), max_completion_tokens: 77 });
    expect(ai.run.mock.calls[1]?.[1]).toMatchObject({ max_tokens: 77 });
  });

  it("maps the request for a legacy model: developer → system, parts flattened, sampling fields kept", async () => {
    await chat({
      model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      messages: [
        { role: "developer", content: "Be brief." },
        {
          role: "user",
          content: [
            { type: "text", text: "one" },
            { type: "text", text: "two" },
          ],
        },
        { role: "assistant", content: null },
        { role: "user", content: "three" },
      ],
      temperature: 0.3,
      top_p: 0.9,
      seed: 42,
      presence_penalty: 0.5,
      frequency_penalty: 0.2,
      user: "someone",
      some_unknown_field: true,
    });
    expect(ai.run.mock.calls[0]?.[1]).toEqual({
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "one\n\ntwo" },
        { role: "assistant", content: "" },
        { role: "user", content: "three" },
      ],
      max_tokens: 2048,
      temperature: 0.3,
      top_p: 0.9,
      seed: 42,
      presence_penalty: 0.5,
      frequency_penalty: 0.2,
    });
  });

  it("turns legacy tool calls ({name, arguments: object}) into OpenAI's, with ids and string arguments", async () => {
    const { json } = await chat({
      model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      messages: user("weather in Paris?"),
      tools: [weather],
    });
    const choice = json.choices[0];
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.content).toBeNull();
    expect(choice.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_/),
        type: "function",
        function: { name: "get_weather", arguments: expect.any(String) },
      },
    ]);
    expect(JSON.parse(choice.message.tool_calls[0].function.arguments)).toHaveProperty("city");
  });

  it("keeps llama-4-scout's own 9-character ids and maps replayed OpenAI ids to that form", async () => {
    const { json } = await chat({ model: "gpt-4o", messages: user("weather?"), tools: [weather] });
    const call = json.choices[0].message.tool_calls[0];
    expect(call.id).toMatch(/^[a-zA-Z0-9]{9}$/);
    const history = [
      { role: "user", content: "weather?" },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_abcdefghijklmnop",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: "tool", tool_call_id: "call_abcdefghijklmnop", content: "sunny" },
    ];
    const { res, json: next } = await chat({ model: "gpt-4o", messages: history, tools: [weather] });
    expect(res.status).toBe(200);
    expect(next.choices[0].message.content).toContain("Tool result received");
    const sent = inputsOf(ai.run, 1).messages;
    expect(sent[1].tool_calls[0].id).toMatch(/^[a-zA-Z0-9]{9}$/);
    expect(sent[2].tool_call_id).toBe(sent[1].tool_calls[0].id);
  });

  it("passes OpenAI's body through to chat-completions models and keeps reasoning_content", async () => {
    const { json } = await chat({
      model: "@cf/zai-org/glm-4.7-flash",
      messages: user("hi"),
      max_completion_tokens: 500,
      reasoning_effort: "low",
      n: 2,
      stop: ["END"],
    });
    expect(ai.run.mock.calls[0]?.[1]).toMatchObject({
      max_completion_tokens: 500,
      reasoning_effort: "low",
      n: 2,
      stop: ["END"],
    });
    expect(json.choices).toHaveLength(2);
    expect(json.choices[0].message.reasoning_content).toContain("[emulated reasoning]");
    expect(json.usage.completion_tokens_details).toBeDefined();
  });

  it("narrows tools for a legacy model's named tool_choice and sends none for tool_choice none", async () => {
    const other = { type: "function", function: { name: "other", parameters: { type: "object", properties: {} } } };
    await chat({
      model: "gpt-4",
      messages: user("x"),
      tools: [weather, other],
      tool_choice: { type: "function", function: { name: "other" } },
    });
    // Only `other`, with the description llama-3.3's schema requires filled in from its name.
    expect(inputsOf(ai.run, 0).tools).toEqual([
      { type: "function", function: { ...other.function, description: "other" } },
    ]);
    expect(inputsOf(ai.run, 0)).not.toHaveProperty("tool_choice");
    const { json } = await chat({ model: "gpt-4", messages: user("x"), tools: [weather], tool_choice: "none" });
    expect(inputsOf(ai.run, 1)).not.toHaveProperty("tools");
    expect(json.choices[0].finish_reason).toBe("stop");
  });

  it("turns reasoning_effort none into Workers AI's null, which disables thinking", async () => {
    const { json } = await chat({ model: "o3-mini", messages: user("x"), reasoning_effort: "none" });
    expect(inputsOf(ai.run, 0).reasoning_effort).toBeNull();
    expect(json.choices[0].message).not.toHaveProperty("reasoning_content");
  });

  it("answers exactly OpenAI's chat.completion for a legacy wire answer with a tool call", async () => {
    // llama-3.3's wire answer: flat tool call, arguments an object, no id (reference §2.1.2).
    ai.run.mockResolvedValueOnce({
      response: null,
      tool_calls: [{ name: "get_weather", arguments: { city: "Lisbon" } }],
      usage: { prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 },
    });
    const { json } = await chat({ model: "gpt-4", messages: user("Weather in Lisbon?"), tools: [weather] });
    expect(json).toEqual({
      id: expect.stringMatching(/^chatcmpl-/),
      object: "chat.completion",
      created: expect.any(Number),
      model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: null,
            refusal: null,
            tool_calls: [
              {
                id: expect.stringMatching(/^call_/),
                type: "function",
                function: { name: "get_weather", arguments: '{"city":"Lisbon"}' },
              },
            ],
          },
          logprobs: null,
          finish_reason: "tool_calls",
        },
      ],
      usage: { prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 },
    });
  });

  it("maps Workers AI's model_length finish reason to length", async () => {
    ai.run.mockResolvedValueOnce({
      id: "x",
      object: "chat.completion",
      created: 1,
      model: "m",
      choices: [{ index: 0, message: { role: "assistant", content: "cut" }, finish_reason: "model_length" }],
      usage: { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 },
    });
    const { json } = await chat({ model: "@cf/zai-org/glm-4.7-flash", messages: user("hi") });
    expect(json.choices[0].finish_reason).toBe("length");
  });

  it("says length when a legacy answer used all of max_tokens", async () => {
    const { json } = await chat({ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("hi"), max_tokens: 3 });
    expect(json.choices[0].finish_reason).toBe("length");
  });

  it("estimates usage when upstream reports none, never zero", async () => {
    ai.run.mockResolvedValueOnce({ response: "Four words come back." });
    const { json } = await chat({ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("What comes back?") });
    expect(json.usage.prompt_tokens).toBeGreaterThan(0);
    expect(json.usage.completion_tokens).toBeGreaterThan(0);
  });

  it("serializes a JSON-mode object response into content, with the bare schema sent to a legacy model", async () => {
    const schema = { type: "object", properties: { name: { type: "string" } }, required: ["name"] };
    const { json } = await chat({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("a name"),
      response_format: { type: "json_schema", json_schema: { name: "person", schema } },
    });
    expect(ai.run.mock.calls[0]?.[1]).toMatchObject({ response_format: { type: "json_schema", json_schema: schema } });
    expect(typeof json.choices[0].message.content).toBe("string");
    expect(JSON.parse(json.choices[0].message.content)).toHaveProperty("name");
  });

  it("sends a data: image to a vision model as an image part", async () => {
    const image = { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } };
    const { res } = await chat({ model: "gpt-4o", messages: user([{ type: "text", text: "what is it?" }, image]) });
    expect(res.status).toBe(200);
    expect(inputsOf(ai.run, 0).messages[0].content).toEqual([
      { type: "text", text: "what is it?" },
      { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } },
    ]);
  });

  it("describes one image with llava, as bytes and a prompt", async () => {
    const image = { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } };
    const { json } = await chat({
      model: "@cf/llava-hf/llava-1.5-7b-hf",
      messages: user([{ type: "text", text: "describe" }, image]),
    });
    expect(ai.run.mock.calls[0]?.[1]).toMatchObject({
      image: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      prompt: "describe",
    });
    expect(json.choices[0].message.content).toContain("A PNG image");
  });

  it("answers on the doubled /v1/v1 path and without /v1 (gateways' base URL mistakes)", async () => {
    for (const path of ["/v1/v1/chat/completions", "/chat/completions"]) {
      const res = await post(path, { model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("hi") });
      expect(res.status).toBe(200);
    }
  });
});

describe("stop sequences and fields Workers AI cannot honour", () => {
  it("cuts a legacy model's answer at a stop sequence, which Workers AI does not take", async () => {
    const { json } = await chat({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("Hello"),
      stop: ["said"],
    });
    expect(inputsOf(ai.run, 0)).not.toHaveProperty("stop");
    expect(json.choices[0].message.content).toBe("[emulated @cf/meta/llama-3.1-8b-instruct-fast] You ");
    expect(json.choices[0].finish_reason).toBe("stop");
  });

  it("cuts a streamed answer at a stop sequence split across events", async () => {
    const res = await post("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("Hello"),
      stream: true,
      stop: "You sa",
    });
    const text = await res.text();
    const chunks = text
      .split("\n\n")
      .filter((b) => b.startsWith("data: {"))
      .map((b) => JSON.parse(b.slice(6)));
    const content = chunks.map((c) => c.choices[0]?.delta?.content ?? "").join("");
    expect(content).toBe("[emulated @cf/meta/llama-3.1-8b-instruct-fast] ");
    expect(chunks.at(-1).choices[0].finish_reason).toBe("stop");
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(text.match(/data: \[DONE\]/g)).toHaveLength(1);
  });

  it("refuses logit_bias, functions, audio output and web search by name", async () => {
    for (const [extra, param] of [
      [{ logit_bias: { "50256": -100 } }, "logit_bias"],
      [{ functions: [{ name: "f" }] }, "functions"],
      [{ modalities: ["text", "audio"] }, "modalities"],
      [{ web_search_options: {} }, "web_search_options"],
    ] as const) {
      const { res, json } = await chat({ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("x"), ...extra });
      expect(res.status).toBe(400);
      expect(json.error.param).toBe(param);
    }
  });

  it("accepts and ignores fields that only describe the request", async () => {
    const { res } = await chat({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("x"),
      user: "u-1",
      store: false,
      metadata: { a: "b" },
      service_tier: "auto",
      logit_bias: {},
    });
    expect(res.status).toBe(200);
    expect(inputsOf(ai.run, 0)).not.toHaveProperty("user");
  });
});
