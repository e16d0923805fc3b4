import { describe, expect, it } from "vitest";
import { emulate } from "../src/emulate.ts";
import { GLM, LLAMA_4_SCOUT, LLAMA_SMALL } from "./fixtures/models.ts";
import { jsonOf, sseEvents } from "./helpers.ts";

const messages = [{ role: "user", content: "Write a haiku about rivers" }];
const TOOL = {
  name: "lookup",
  description: "l",
  parameters: { type: "object", properties: { q: { type: "string", description: "q" } } },
};

describe("legacy SSE", () => {
  it("streams {response, p} events one word each, then finish, usage and [DONE]", async () => {
    const out = await emulate(LLAMA_SMALL, { messages, stream: true });
    expect(out).toMatchObject({ kind: "bytes", contentType: "text/event-stream" });
    const events = (await sseEvents(out)) as any[];
    const whole = jsonOf(await emulate(LLAMA_SMALL, { messages }));
    const tokens = events.slice(0, -3);
    expect(tokens.length).toBeGreaterThan(5);
    for (const e of tokens) expect(e).toEqual({ response: expect.any(String), p: expect.any(String) });
    expect(tokens.map((e) => e.response).join("")).toBe(whole.response);
    expect(events.slice(-3)).toEqual([
      { response: "", finish_reason: "stop" },
      { response: "", usage: whole.usage },
      "[DONE]",
    ]);
  });

  it("streams tool calls in the indexed form, closed by the null-finalization chunk", async () => {
    const events = (await sseEvents(await emulate(LLAMA_4_SCOUT, { messages, stream: true, tools: [TOOL] }))) as any[];
    const calls = events.filter((e) => e.tool_calls).map((e) => e.tool_calls[0]);
    expect(calls[0]).toEqual({
      id: expect.stringMatching(/^[a-zA-Z0-9]{9}$/),
      type: "function",
      index: 0,
      function: { name: "lookup", arguments: "" },
    });
    expect(calls.at(-1)).toEqual({ id: null, type: null, index: 0, function: { name: null } });
    const args = calls
      .slice(1, -1)
      .map((c) => c.function.arguments)
      .join("");
    const whole = jsonOf(await emulate(LLAMA_4_SCOUT, { messages, tools: [TOOL] }));
    expect(JSON.parse(args)).toEqual(whole.tool_calls[0].function.arguments);
    expect(events.at(-3)).toEqual({ response: "", finish_reason: "tool_calls" });
  });
});

describe("chat.completion.chunk SSE", () => {
  it("streams role, reasoning, content, finish, include_usage chunk, the platform usage event and [DONE]", async () => {
    const events = (await sseEvents(
      await emulate(GLM, { messages, stream: true, stream_options: { include_usage: true } }),
    )) as any[];
    const whole = jsonOf(await emulate(GLM, { messages }));
    const chunks = events.slice(0, -2);
    for (const c of chunks)
      expect(c).toMatchObject({
        id: whole.id,
        object: "chat.completion.chunk",
        model: GLM.id,
        created: expect.any(Number),
      });
    expect(chunks[0].choices[0]).toEqual({
      index: 0,
      delta: { role: "assistant", content: "" },
      logprobs: null,
      finish_reason: null,
    });
    const deltas = chunks.slice(1, -2).map((c) => c.choices[0].delta);
    expect(deltas.map((d) => d.reasoning_content ?? "").join("")).toBe(whole.choices[0].message.reasoning_content);
    expect(deltas.map((d) => d.content ?? "").join("")).toBe(whole.choices[0].message.content);
    expect(chunks.at(-2).choices[0]).toEqual({ index: 0, delta: {}, logprobs: null, finish_reason: "stop" });
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: whole.usage });
    const { prompt_tokens, completion_tokens, total_tokens } = whole.usage;
    expect(events.slice(-2)).toEqual([
      { response: "", usage: { prompt_tokens, completion_tokens, total_tokens } },
      "[DONE]",
    ]);
  });

  it("streams tool-call deltas: id, type and name first, then argument fragments", async () => {
    const tools = [{ type: "function", function: TOOL }];
    const events = (await sseEvents(
      await emulate(GLM, { messages, stream: true, tools, reasoning_effort: null }),
    )) as any[];
    const calls = events.filter((e) => e.choices?.[0]?.delta?.tool_calls).map((e) => e.choices[0].delta.tool_calls[0]);
    expect(calls[0]).toEqual({
      index: 0,
      id: expect.stringMatching(/^chatcmpl-tool-/),
      type: "function",
      function: { name: "lookup", arguments: "" },
    });
    for (const c of calls.slice(1)) expect(Object.keys(c)).toEqual(["index", "function"]);
    expect(JSON.parse(calls.map((c) => c.function.arguments).join(""))).toHaveProperty("q");
    expect(events.find((e) => e.choices?.[0]?.finish_reason)?.choices[0].finish_reason).toBe("tool_calls");
  });

  it("streams JSON mode content on chat-completion models", async () => {
    const events = (await sseEvents(
      await emulate(GLM, { messages, stream: true, response_format: { type: "json_object" }, reasoning_effort: null }),
    )) as any[];
    const text = events.map((e) => e.choices?.[0]?.delta?.content ?? "").join("");
    expect(JSON.parse(text)).toMatchObject({ emulated: true, model: GLM.id });
  });
});

describe("stream faults", () => {
  it("#fault:slow-stream spaces events by about 50 ms", async () => {
    const out = await emulate(LLAMA_SMALL, { prompt: "hi #fault:slow-stream", stream: true, max_tokens: 3 });
    const start = Date.now();
    const events = await sseEvents(out);
    expect(Date.now() - start).toBeGreaterThanOrEqual(45 * (events.length - 1));
  });

  it("#fault:broken-stream errors after three events, without [DONE]", async () => {
    const out = await emulate(LLAMA_SMALL, { prompt: "hi #fault:broken-stream", stream: true });
    const reader = (out as { body: ReadableStream<Uint8Array> }).body.getReader();
    const chunks: string[] = [];
    const error = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return undefined;
        chunks.push(new TextDecoder().decode(value));
      }
    })().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(chunks).toHaveLength(3);
    expect(chunks.join("")).not.toContain("[DONE]");
  });

  it("#fault:json-stream answers JSON with an empty result although a stream was asked", async () => {
    // workers-ai-provider (utils.ts): gpt-oss / Kimi may "return a JSON response with empty result instead of SSE".
    const messages = [{ role: "user", content: "x #fault:json-stream" }];
    expect(jsonOf(await emulate(GLM, { messages, stream: true }))).toEqual({});
    expect(jsonOf(await emulate(GLM, { messages })).object).toBe("chat.completion");
  });
});
