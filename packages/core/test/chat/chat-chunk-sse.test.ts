import type OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { ChatChunkSse } from "../../src/chat/chat-chunk-sse.ts";
import { toChatCompletionChunk } from "../../src/chat/to-chat-completion-chunk.ts";
import { sseEvent } from "../../src/sse/encode-sse.ts";

// OpenAI's stream (API reference, "The chat completion chunk object", and a stream with include_usage).
const OPENAI_ROLE_CHUNK = `{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"usage":null}`;
const OPENAI_USAGE_CHUNK = `{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}`;

const meta = { id: "chatcmpl-123", created: 1694268190, model: "gpt-4o-mini" };
const usage = { prompt_tokens: 9, completion_tokens: 12, total_tokens: 21 };

describe("toChatCompletionChunk and ChatChunkSse", () => {
  it("write OpenAI's role and include_usage chunks byte for byte", () => {
    const sse = new ChatChunkSse({ ...meta, includeUsage: true });
    expect(sse.role(0)).toBe(`data: ${OPENAI_ROLE_CHUNK}\n\n`);
    expect(sse.usage(usage)).toBe(`data: ${OPENAI_USAGE_CHUNK}\n\n`);
    const role: OpenAI.ChatCompletionChunk = toChatCompletionChunk(
      { ...meta, includeUsage: true },
      { index: 0, delta: { role: "assistant", content: "" }, finish: null },
    );
    expect(JSON.stringify(role)).toBe(OPENAI_ROLE_CHUNK);
    const last: OpenAI.ChatCompletionChunk = toChatCompletionChunk({ ...meta, includeUsage: true }, null, usage);
    expect(JSON.stringify(last)).toBe(OPENAI_USAGE_CHUNK);
  });

  it("ChatChunkSse writes what sseEvent(toChatCompletionChunk(...)) would, with and without include_usage", () => {
    for (const includeUsage of [true, false]) {
      const m = { ...meta, id: 'chatcmpl-"q"', model: "@cf/qwen/qwq-32b", includeUsage };
      const sse = new ChatChunkSse(m);
      const one = (index: number, delta: object, finish: "stop" | "tool_calls" | null) =>
        sseEvent(toChatCompletionChunk(m, { index, delta, finish }));
      expect(sse.role(1)).toBe(one(1, { role: "assistant", content: "" }, null));
      expect(sse.content(0, 'a "quoted"\nline')).toBe(one(0, { content: 'a "quoted"\nline' }, null));
      expect(sse.chunk(0, { reasoning_content: "hmm" })).toBe(one(0, { reasoning_content: "hmm" }, null));
      expect(sse.reasoning(1, 'a "b"')).toBe(one(1, { reasoning_content: 'a "b"' }, null));
      const tool = {
        tool_calls: [{ index: 0, id: "call_1", type: "function" as const, function: { name: "f", arguments: "" } }],
      };
      expect(sse.chunk(0, tool)).toBe(one(0, tool, null));
      expect(sse.finish(0, "tool_calls")).toBe(one(0, {}, "tool_calls"));
      expect(sse.chunk(2, {}, "stop")).toBe(one(2, {}, "stop"));
      expect(sse.usage(usage)).toBe(includeUsage ? sseEvent(toChatCompletionChunk(m, null, usage)) : "");
    }
  });

  it("leaves `usage` off every chunk when include_usage is not asked", () => {
    const chunk = toChatCompletionChunk({ ...meta, includeUsage: false }, { index: 0, delta: {}, finish: "stop" });
    expect("usage" in chunk).toBe(false);
    expect(new ChatChunkSse({ ...meta, includeUsage: false }).finish(0, "stop")).not.toContain("usage");
  });
});
