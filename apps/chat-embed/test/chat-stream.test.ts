import { describe, expect, it } from "vitest";
import { post, spyOnAiRun, sseEvents } from "./helpers.ts";
import { relayThroughOneApi } from "./one-api-relay.ts";

const ai = spyOnAiRun();
const user = (content: string) => [{ role: "user", content }];
const encoder = new TextEncoder();
const weather = {
  type: "function",
  function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
};

/** A stream of the given byte chunks, as the binding returns one. */
function upstream(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(typeof c === "string" ? encoder.encode(c) : c);
      controller.close();
    },
  });
}

type Chunk = { id: string; object: string; created: number; model: string; choices: any[]; usage?: any };

async function stream(body: Record<string, unknown>) {
  const res = await post("/v1/chat/completions", { stream: true, ...body });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  const events = await sseEvents(res);
  expect(events.at(-1)).toBe("[DONE]");
  return events.slice(0, -1) as Chunk[];
}

const contentOf = (chunks: Chunk[]) => chunks.map((c) => c.choices[0]?.delta?.content ?? "").join("");

describe("POST /v1/chat/completions, streamed", () => {
  it("streams a legacy model: role first, content deltas, a finish chunk, the usage chunk, [DONE]", async () => {
    const chunks = await stream({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("Hello"),
      stream_options: { include_usage: true },
    });
    const first = chunks[0] as Chunk;
    expect(first.choices[0]).toEqual({
      index: 0,
      delta: { role: "assistant", content: "" },
      logprobs: null,
      finish_reason: null,
    });
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(new Set(chunks.map((c) => c.created)).size).toBe(1);
    expect(
      chunks.every((c) => c.object === "chat.completion.chunk" && c.model === "@cf/meta/llama-3.1-8b-instruct-fast"),
    ).toBe(true);
    expect(contentOf(chunks)).toContain('You said: "Hello"');
    const finish = chunks.at(-2) as Chunk;
    expect(finish.choices[0]).toEqual({ index: 0, delta: {}, logprobs: null, finish_reason: "stop" });
    expect(finish.usage).toBeNull();
    const usage = chunks.at(-1) as Chunk;
    expect(usage.choices).toEqual([]);
    expect(usage.usage.total_tokens).toBeGreaterThan(0);
  });

  it("sends no usage at all without include_usage", async () => {
    const chunks = await stream({ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("Hello") });
    expect(chunks.every((c) => !("usage" in c))).toBe(true);
    expect(chunks.at(-1)?.choices[0].finish_reason).toBe("stop");
  });

  it("forwards a chat-completions model's chunks, reasoning and indexed tool calls included", async () => {
    const chunks = await stream({
      model: "@cf/zai-org/glm-4.7-flash",
      messages: user("weather?"),
      tools: [weather],
      stream_options: { include_usage: true },
    });
    expect(chunks.some((c) => c.choices[0]?.delta?.reasoning_content)).toBe(true);
    const calls = chunks.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? []);
    expect(calls[0]).toMatchObject({
      index: 0,
      id: expect.any(String),
      type: "function",
      function: { name: "get_weather" },
    });
    expect(calls.slice(1).every((c: any) => c.index === 0 && !("id" in c))).toBe(true);
    const args = calls.map((c: any) => c.function.arguments).join("");
    expect(JSON.parse(args)).toHaveProperty("city");
    expect(chunks.at(-2)?.choices[0].finish_reason).toBe("tool_calls");
    expect(chunks.filter((c) => c.choices.length === 0)).toHaveLength(1);
  });

  it("turns legacy streamed tool calls (fragments and a null-finalization item) into OpenAI's form", async () => {
    const chunks = await stream({
      model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      messages: user("weather?"),
      tools: [weather],
    });
    const calls = chunks.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? []);
    expect(calls[0]).toMatchObject({ index: 0, type: "function", function: { name: "get_weather", arguments: "" } });
    expect(JSON.parse(calls.map((c: any) => c.function.arguments).join(""))).toHaveProperty("city");
    expect(chunks.at(-1)?.choices[0].finish_reason).toBe("tool_calls");
  });

  it("joins events split across network chunks, even inside a multi-byte character", async () => {
    const bytes = encoder.encode('data: {"response":"héllo"}\n\ndata: {"response":" wörld"}\r\n\r\ndata: [DONE]\n\n');
    const cut = [5, 17, 18, 40, 41, 60];
    const pieces = [0, ...cut].map((start, i) => bytes.slice(start, cut[i] ?? bytes.length));
    ai.run.mockResolvedValueOnce(upstream(...pieces));
    const chunks = await stream({ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("x") });
    expect(contentOf(chunks)).toBe("héllo wörld");
  });

  it("takes text once from hybrid frames that carry both choices and response", async () => {
    const frame = { choices: [{ index: 0, delta: { content: "one" } }], response: "one" };
    ai.run.mockResolvedValueOnce(upstream(`data: ${JSON.stringify(frame)}\n\n`, "data: [DONE]\n\n"));
    const chunks = await stream({ model: "@cf/zai-org/glm-4.7-flash", messages: user("x") });
    expect(contentOf(chunks)).toBe("one");
  });

  it("delivers an upstream JSON answer as a stream when a stream was asked (gpt-oss over REST)", async () => {
    const chunks = await stream({
      model: "@cf/openai/gpt-oss-20b",
      messages: user("#fault:json-stream hi"),
      stream_options: { include_usage: true },
    });
    expect(chunks[0]?.choices[0].delta.role).toBe("assistant");
    expect(contentOf(chunks)).toContain("You said");
    expect(chunks.at(-2)?.choices[0].finish_reason).toBe("stop");
    expect(chunks.at(-1)?.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it("runs JSON mode unstreamed on a legacy model and delivers it as a stream", async () => {
    const chunks = await stream({
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("json"),
      response_format: { type: "json_object" },
    });
    expect(ai.run.mock.calls[0]?.[1]).not.toHaveProperty("stream");
    expect(JSON.parse(contentOf(chunks))).toBeTypeOf("object");
  });

  it("ends a stream broken midway with a finish chunk carrying the error, then [DONE], never a hang", async () => {
    const res = await post("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      stream: true,
      messages: user("#fault:broken-stream hi"),
    });
    const events = await sseEvents(res);
    expect(events.at(-1)).toBe("[DONE]");
    expect(events.at(-2)).toMatchObject({
      object: "chat.completion.chunk",
      choices: [{ index: 0, delta: {}, finish_reason: "length" }],
      error: { type: "upstream_error", code: "stream_interrupted", param: null },
    });
  });

  it("fails visibly through OneAPI's relay: the last chunk it forwards has a finish_reason and the error", async () => {
    const res = await post("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast", // not a reasoning model: the first events are content
      stream: true,
      stream_options: { include_usage: true },
      messages: user("#fault:broken-stream one two three four five"),
    });
    const relayed = relayThroughOneApi(await res.text()) as Chunk[];
    expect(relayed.at(-1)).toBe("[DONE]");
    const failure = relayed.find((c) => (c as { error?: unknown }).error);
    expect(failure).toMatchObject({
      choices: [{ finish_reason: "length" }],
      error: { code: "stream_interrupted", message: expect.stringContaining("broke off") },
    });
    expect(relayed.at(-2)).toMatchObject({ choices: [], usage: { completion_tokens: expect.any(Number) } });
    expect(contentOf(relayed.slice(0, -1)).length).toBeGreaterThan(0); // the part that was streamed arrives
  });

  it("sends the text held back for a possible stop sequence or </think> when the stream ends without one", async () => {
    ai.run.mockResolvedValueOnce(upstream('data: {"response":"one two ST"}\n\n', "data: [DONE]\n\n"));
    const cut = await stream({ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("x"), stop: "STOP" });
    expect(contentOf(cut)).toBe("one two ST");
    ai.run.mockResolvedValueOnce(upstream('data: {"response":"<think>pondering </thi"}\n\n', "data: [DONE]\n\n"));
    const thought = await stream({ model: "@cf/qwen/qwq-32b", messages: user("x") });
    expect(thought.map((c) => c.choices[0]?.delta?.reasoning_content ?? "").join("")).toBe("pondering </thi");
  });

  it("treats a stream that stops without [DONE] or a finish reason as broken", async () => {
    ai.run.mockResolvedValueOnce(upstream('data: {"response":"half"}\n\n'));
    const res = await post("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      stream: true,
      messages: user("x"),
    });
    const events = await sseEvents(res);
    expect(events.at(-2)).toMatchObject({
      choices: [{ finish_reason: "length" }],
      error: { code: "stream_interrupted" },
    });
  });

  it("ends a completions stream broken midway the same way, as a text_completion chunk", async () => {
    const res = await post("/v1/completions", {
      model: "gpt-4o-mini",
      stream: true,
      prompt: "#fault:broken-stream hi",
    });
    const relayed = relayThroughOneApi(await res.text());
    expect(relayed.at(-2)).toMatchObject({
      object: "text_completion",
      choices: [{ text: "", finish_reason: "length" }],
      error: { code: "stream_interrupted" },
    });
  });

  it("keeps every SSE line under 64 KB (OneAPI's limit), splitting a huge delta", async () => {
    const huge = "€".repeat(30_000) + "x".repeat(50_000);
    ai.run.mockResolvedValueOnce(upstream(`data: ${JSON.stringify({ response: huge })}\n\n`, "data: [DONE]\n\n"));
    const res = await post("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      stream: true,
      messages: user("x"),
    });
    const text = await res.text();
    for (const line of text.split("\n")) expect(encoder.encode(line).length).toBeLessThan(64 * 1024);
    const chunks = text
      .split("\n\n")
      .filter((b) => b.startsWith("data: {"))
      .map((b) => JSON.parse(b.slice(6)));
    expect(contentOf(chunks)).toBe(huge);
  });

  it("maps model_length to length in a stream", async () => {
    ai.run.mockResolvedValueOnce(
      upstream('data: {"response":"cut","finish_reason":"model_length"}\n\n', "data: [DONE]\n\n"),
    );
    const chunks = await stream({ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("x") });
    expect(chunks.at(-1)?.choices[0].finish_reason).toBe("length");
  });
});

describe("reasoning models that think inside <think> tags", () => {
  it("moves the thinking to reasoning_content, not streamed", async () => {
    const res = await post("/v1/chat/completions", { model: "@cf/qwen/qwq-32b", messages: user("Why?") });
    const message = ((await res.json()) as any).choices[0].message;
    expect(message.reasoning_content).toContain("[emulated reasoning]");
    expect(message.content).toContain('You said: "Why?"');
    expect(message.content).not.toContain("think>");
  });

  it("moves the thinking to reasoning_content deltas, streamed", async () => {
    const chunks = await stream({ model: "@cf/qwen/qwq-32b", messages: user("Why?") });
    const reasoning = chunks.map((c) => c.choices[0]?.delta?.reasoning_content ?? "").join("");
    expect(reasoning).toContain("[emulated reasoning]");
    expect(contentOf(chunks)).toMatch(/^\[emulated @cf\/qwen\/qwq-32b\] You said/);
  });
});
