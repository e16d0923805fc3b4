import { exports } from "cloudflare:workers";
import Anthropic, { type ClientOptions } from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";

// The official Anthropic SDK is the contract: what it parses, accumulates and throws is what clients get.
const options: ClientOptions = {
  baseURL: "http://w",
  fetch: (url, init) => exports.default.fetch(url, init),
  maxRetries: 0,
};
const client = new Anthropic({ ...options, apiKey: "sk-local-dev" });

const weatherTool: Anthropic.Tool = {
  name: "get_weather",
  description: "Current weather",
  input_schema: { type: "object", properties: { city: { type: "string", description: "City" } }, required: ["city"] },
};

describe("the official @anthropic-ai/sdk as the client", () => {
  it("creates a message with a Claude model name, served by the family's model", async () => {
    const { data, response } = await client.messages
      .create({
        model: "claude-haiku-4-5",
        max_tokens: 256,
        system: "Be brief.",
        messages: [{ role: "user", content: "Hello Claude SDK" }],
      })
      .withResponse();
    expect(data.type).toBe("message");
    expect(data.role).toBe("assistant");
    expect(data.model).toBe("@cf/zai-org/glm-4.7-flash");
    expect(data.stop_reason).toBe("end_turn");
    const text = data.content.find((b) => b.type === "text");
    expect(text?.type === "text" && text.text).toContain("Hello Claude SDK");
    expect(data.usage.input_tokens).toBeGreaterThan(0);
    expect(data.usage.output_tokens).toBeGreaterThan(0);
    expect(response.headers.get("x-gateway-notes")).toContain("claude-haiku-4-5 served by @cf/zai-org/glm-4.7-flash");
  }, 20_000); // the isolate's first request compiles the worker: slow on a loaded machine

  it("streams with messages.stream into a final message, thinking included", async () => {
    const stream = client.messages.stream({
      model: "claude-sonnet-4-6",
      max_tokens: 512,
      thinking: { type: "enabled", budget_tokens: 2048 },
      messages: [{ role: "user", content: "Stream please" }],
    });
    let text = "";
    stream.on("text", (delta) => {
      text += delta;
    });
    const final = await stream.finalMessage();
    expect(text).toContain("Stream please");
    expect(final.stop_reason).toBe("end_turn");
    expect(final.content.map((b) => b.type)).toEqual(["thinking", "text"]);
    expect(final.usage.output_tokens).toBeGreaterThan(0);
  });

  it("runs a tool round trip, streamed and not", async () => {
    const messages: Anthropic.MessageParam[] = [{ role: "user", content: "Weather in Oslo?" }];
    const first = await client.messages.create({
      model: "claude-opus-4-8",
      max_tokens: 512,
      messages,
      tools: [weatherTool],
    });
    expect(first.stop_reason).toBe("tool_use");
    const call = first.content.find((b) => b.type === "tool_use");
    if (call?.type !== "tool_use") throw new Error("no tool_use block");
    expect(call.name).toBe("get_weather");
    expect(call.input).toHaveProperty("city");

    const streamed = await client.messages
      .stream({ model: "claude-opus-4-8", max_tokens: 512, messages, tools: [weatherTool] })
      .finalMessage();
    const streamedCall = streamed.content.find((b) => b.type === "tool_use");
    expect(streamedCall?.type === "tool_use" && streamedCall.input).toHaveProperty("city");
    expect(streamed.stop_reason).toBe("tool_use");

    messages.push({ role: "assistant", content: first.content });
    messages.push({ role: "user", content: [{ type: "tool_result", tool_use_id: call.id, content: '{"temp": 3}' }] });
    const answer = await client.messages.create({
      model: "claude-opus-4-8",
      max_tokens: 512,
      messages,
      tools: [weatherTool],
    });
    const text = answer.content.find((b) => b.type === "text");
    expect(text?.type === "text" && text.text).toContain("Tool result received");
    expect(answer.stop_reason).toBe("end_turn");
  });

  it("counts tokens", async () => {
    const short = await client.messages.countTokens({
      model: "claude-sonnet-4-6",
      messages: [{ role: "user", content: "Hi" }],
    });
    const long = await client.messages.countTokens({
      model: "claude-sonnet-4-6",
      system: "You are a helpful assistant. ".repeat(50),
      messages: [{ role: "user", content: "Hi" }],
      tools: [weatherTool],
    });
    expect(short.input_tokens).toBeGreaterThan(0);
    expect(long.input_tokens).toBeGreaterThan(short.input_tokens + 300);
  });

  it("takes a Workers AI id as is, and stop sequences", async () => {
    const message = await client.messages.create({
      model: "@cf/zai-org/glm-4.7-flash",
      max_tokens: 256,
      stop_sequences: ["SDK"],
      messages: [{ role: "user", content: "Hello SDK world" }],
    });
    expect(message.model).toBe("@cf/zai-org/glm-4.7-flash");
    expect(message.stop_reason).toBe("stop_sequence");
    expect(message.stop_sequence).toBe("SDK");
  });

  it("surfaces errors as the SDK's typed errors", async () => {
    const base = { max_tokens: 16, messages: [{ role: "user" as const, content: "x" }] };
    await expect(client.messages.create({ ...base, model: "no-such-model" })).rejects.toBeInstanceOf(
      Anthropic.NotFoundError,
    );
    const busy = client.messages.create({
      ...base,
      model: "claude-haiku-4-5",
      messages: [{ role: "user", content: "#fault:3040" }],
    });
    await expect(busy).rejects.toBeInstanceOf(Anthropic.RateLimitError);
    const badKey = new Anthropic({ ...options, apiKey: "wrong" });
    await expect(badKey.messages.create({ ...base, model: "claude-haiku-4-5" })).rejects.toBeInstanceOf(
      Anthropic.AuthenticationError,
    );
    const missing = client.messages.create({ model: "claude-haiku-4-5", messages: base.messages } as never);
    await expect(missing).rejects.toMatchObject({
      status: 400,
      error: { type: "error", error: { type: "invalid_request_error" } },
    });
  });

  it("throws when the stream breaks midway", async () => {
    const stream = client.messages.stream({
      model: "claude-haiku-4-5",
      max_tokens: 256,
      messages: [{ role: "user", content: "#fault:broken-stream" }],
    });
    await expect(stream.finalMessage()).rejects.toThrow(/broke off|ended early/);
  });
});
