import { describe, expect, it } from "vitest";
import { encodeSseData, formatSseEvent, SSE_DONE, sseEvent, sseHeaders } from "../../src/sse/encode-sse.ts";
import type { SseEvent } from "../../src/sse/sse-event.ts";
import { SseParser } from "../../src/sse/sse-parser.ts";

const chunk = {
  id: "chatcmpl-1",
  object: "chat.completion.chunk",
  created: 1754000000,
  model: "@cf/meta/llama-3.1-8b-instruct",
  choices: [{ index: 0, delta: { content: "Hé\nllo" }, logprobs: null, finish_reason: null }],
};

describe("SSE encoding", () => {
  it("writes exactly `data: ` with its space, JSON, and a blank line (what OneAPI parses)", () => {
    expect(sseEvent(chunk)).toBe(`data: ${JSON.stringify(chunk)}\n\n`);
    expect(new TextDecoder().decode(encodeSseData(chunk))).toBe(`data: ${JSON.stringify(chunk)}\n\n`);
  });

  it("writes a string as is, and [DONE] as OpenAI ends its streams", () => {
    expect(sseEvent("[DONE]")).toBe(SSE_DONE);
    expect(SSE_DONE).toBe("data: [DONE]\n\n");
  });

  it("splits a string holding line breaks into data lines that parse back to it", () => {
    expect(sseEvent("a\nb\r\nc")).toBe("data: a\ndata: b\ndata: c\n\n");
    const events: SseEvent[] = [];
    const parser = new SseParser((e) => events.push(e));
    parser.push(sseEvent("a\nb\r\nc"));
    expect(events).toEqual([{ data: "a\nb\nc" }]);
  });

  it("formats named events", () => {
    expect(formatSseEvent({ event: "error", id: "3", data: "{}" })).toBe("event: error\nid: 3\ndata: {}\n\n");
  });

  it("uses stream headers without hop-by-hop ones", () => {
    expect(sseHeaders).toEqual({
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
    });
  });
});
