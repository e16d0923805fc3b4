import { exports } from "cloudflare:workers";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";

// The official SDK is the contract: what it parses and accumulates is what Responses clients get.
const client = new OpenAI({
  apiKey: "sk-local-dev",
  baseURL: "http://w/v1",
  fetch: (url, init) => exports.default.fetch(url, init),
  maxRetries: 0,
});

const weatherTool: OpenAI.Responses.FunctionTool = {
  type: "function",
  name: "get_weather",
  description: "Current weather",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  strict: false,
};

describe("the official openai SDK on the Responses API", () => {
  it("responses.create: output_text from the message, usage", async () => {
    const response = await client.responses.create({
      model: "gpt-4o-mini",
      instructions: "Be brief.",
      input: "Hello Responses SDK",
    });
    expect(response.object).toBe("response");
    expect(response.status).toBe("completed");
    expect(response.output_text).toContain("Hello Responses SDK");
    expect(response.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("responses.stream: text deltas as they come, and the final response", async () => {
    const stream = client.responses.stream({ model: "gpt-4o-mini", input: "Stream via the SDK" });
    let deltas = "";
    stream.on("response.output_text.delta", (event) => {
      deltas += event.delta;
    });
    const final = await stream.finalResponse();
    expect(final.status).toBe("completed");
    expect(final.output_text).toBe(deltas);
    expect(deltas).toContain("Stream via the SDK");
  });

  it("create({stream: true}): every event typed, ending in response.completed", async () => {
    const stream = await client.responses.create({ model: "gpt-4o-mini", input: "Raw events", stream: true });
    const types: string[] = [];
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "response.completed") completed = event.response;
    }
    expect(types[0]).toBe("response.created");
    expect(types).toContain("response.output_text.delta");
    expect(completed?.usage?.output_tokens).toBeGreaterThan(0);
  });

  it("runs a function tool round trip: function_call, then function_call_output, then the answer", async () => {
    const input: OpenAI.Responses.ResponseInput = [{ role: "user", content: "What is the weather in Paris?" }];
    const first = await client.responses.create({
      model: "@cf/zai-org/glm-4.7-flash",
      input,
      tools: [weatherTool],
      store: false,
    });
    const call = first.output.find((item) => item.type === "function_call");
    expect(call?.type).toBe("function_call");
    if (call?.type !== "function_call") return;
    expect(JSON.parse(call.arguments)).toHaveProperty("city");
    input.push(...(first.output as OpenAI.Responses.ResponseInputItem[]), {
      type: "function_call_output",
      call_id: call.call_id,
      output: '{"temp":"18 C"}',
    });
    const second = await client.responses.create({
      model: "@cf/zai-org/glm-4.7-flash",
      input,
      tools: [weatherTool],
      store: false,
    });
    expect(second.output_text).toContain("Tool result received");
    expect(second.output_text).toContain("18 C");
  });

  it("streams a function call the SDK accumulates into the final response", async () => {
    const stream = client.responses.stream({
      model: "@cf/zai-org/glm-4.7-flash",
      input: "Weather in Lyon?",
      tools: [weatherTool],
    });
    const final = await stream.finalResponse();
    const call = final.output.find((item) => item.type === "function_call");
    expect(call).toMatchObject({ type: "function_call", name: "get_weather", status: "completed" });
  });

  it("continues a stored response with previous_response_id and retrieves it", async () => {
    const first = await client.responses.create({ model: "gpt-4o-mini", input: "Remember: blue" });
    const second = await client.responses.create({
      model: "gpt-4o-mini",
      input: "What did I say?",
      previous_response_id: first.id,
    });
    expect(second.previous_response_id).toBe(first.id);
    expect((await client.responses.retrieve(first.id)).output_text).toBe(first.output_text);
  });

  it("throws the SDK's error classes: 400 naming the tool type, 404 for an unknown model", async () => {
    const error = await client.responses
      .create({ model: "@cf/zai-org/glm-4.7-flash", input: "x", tools: [{ type: "web_search" }] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.param).toBe("tools[0].type");
    await expect(client.responses.create({ model: "gpt-unknown", input: "x" })).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
  });
});
