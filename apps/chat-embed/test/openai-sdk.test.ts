import { exports } from "cloudflare:workers";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";

// The official SDK is the contract: what it parses, decodes and throws is what clients get.
const client = new OpenAI({
  apiKey: "sk-local-dev",
  baseURL: "http://w/v1",
  fetch: (url, init) => exports.default.fetch(url, init),
  maxRetries: 0,
});

const weatherTool: OpenAI.Chat.ChatCompletionTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather",
    parameters: { type: "object", properties: { city: { type: "string", description: "City" } }, required: ["city"] },
  },
};

describe("the official openai SDK as the client", () => {
  it("creates a chat completion", async () => {
    const completion = await client.chat.completions.create({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hello SDK" },
      ],
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("@cf/meta/llama-3.1-8b-instruct-fast");
    expect(completion.choices[0]?.message.content).toContain("Hello SDK");
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("streams with include_usage: content deltas, one finish reason, a usage chunk", async () => {
    const stream = await client.chat.completions.create({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: [{ role: "user", content: "Stream please" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    const finishes: string[] = [];
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      const finish = chunk.choices[0]?.finish_reason;
      if (finish) finishes.push(finish);
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toContain("Stream please");
    expect(finishes).toEqual(["stop"]);
    expect(usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("gets tool calls the SDK can parse, streamed and not, and feeds the result back", async () => {
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: "user", content: "Weather in Oslo?" }];
    const completion = await client.chat.completions.create({ model: "gpt-4", messages, tools: [weatherTool] });
    const call = completion.choices[0]?.message.tool_calls?.[0];
    expect(completion.choices[0]?.finish_reason).toBe("tool_calls");
    expect(call?.type).toBe("function");
    if (call?.type !== "function") throw new Error("no function call");
    expect(JSON.parse(call.function.arguments)).toHaveProperty("city");

    const runner = client.chat.completions.stream({ model: "gpt-4", messages, tools: [weatherTool] });
    const final = await runner.finalChatCompletion();
    const streamed = final.choices[0]?.message.tool_calls?.[0];
    expect(streamed?.type === "function" && streamed.function.name).toBe("get_weather");

    messages.push(completion.choices[0]?.message as OpenAI.Chat.ChatCompletionMessageParam);
    messages.push({ role: "tool", tool_call_id: call.id, content: '{"temp": 3}' });
    const answer = await client.chat.completions.create({ model: "gpt-4", messages, tools: [weatherTool] });
    expect(answer.choices[0]?.message.content).toContain("Tool result received");
  });

  it("calls a tool the SDK defined without descriptions on a legacy model, with the header saying what was filled", async () => {
    // openai-node's own types make `description` optional; llama-3.3's published schema requires it.
    const bare: OpenAI.Chat.ChatCompletionTool = {
      type: "function",
      function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
    };
    const { data, response } = await client.chat.completions
      .create({ model: "gpt-4", messages: [{ role: "user", content: "Weather in Oslo?" }], tools: [bare] })
      .withResponse();
    expect(data.choices[0]?.finish_reason).toBe("tool_calls");
    expect(response.headers.get("x-gateway-notes")).toContain("filled in from the names");
  });

  it("embeds with the SDK's default encoding (base64) and with float, to the same vectors", async () => {
    const packed = await client.embeddings.create({ model: "text-embedding-3-small", input: ["one", "two"] });
    const floats = await client.embeddings.create({
      model: "text-embedding-3-small",
      input: ["one", "two"],
      encoding_format: "float",
    });
    expect(packed.data).toHaveLength(2);
    expect(packed.data[0]?.embedding).toHaveLength(1024);
    for (const [i, x] of (packed.data[1]?.embedding ?? []).entries())
      expect(x).toBeCloseTo(floats.data[1]?.embedding[i] ?? Number.NaN, 6);
    expect(packed.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it("lists this worker's models", async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toContain("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
    expect(ids).toContain("@cf/baai/bge-m3");
  });

  it("legacy completions", async () => {
    const completion = await client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say this" });
    expect(completion.choices[0]?.text).toContain("Say this");
  });

  it("surfaces upstream errors as the SDK's typed errors", async () => {
    const busy = client.chat.completions.create({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: [{ role: "user", content: "#fault:3040" }],
    });
    await expect(busy).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    const unknown = client.chat.completions.create({
      model: "no-such-model",
      messages: [{ role: "user", content: "x" }],
    });
    await expect(unknown).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    const tools = client.chat.completions.create({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: [{ role: "user", content: "x" }],
      tools: [weatherTool],
    });
    await expect(tools).rejects.toMatchObject({ status: 400, param: "tools" });
  });

  it("throws an APIError when the stream breaks midway", async () => {
    const stream = await client.chat.completions.create({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: [{ role: "user", content: "#fault:broken-stream" }],
      stream: true,
    });
    const read = async () => {
      for await (const _ of stream) {
        // reading until the error event
      }
    };
    await expect(read()).rejects.toBeInstanceOf(OpenAI.APIError);
  });
});
