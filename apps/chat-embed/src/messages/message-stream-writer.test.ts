import { describe, expect, it } from "vitest";
import type { StreamDelta } from "../stream/stream-delta.ts";
import { StreamWriter } from "../stream/stream-writer.ts";
import { MessageStreamWriter } from "./message-stream-writer.ts";

const meta = { id: "msg_1", model: "@cf/zai-org/glm-4.7-flash", promptTokens: 12 };
const usage = { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 };

/** The events the writer produces behind the shared engine, from upstream's deltas, as `[event name, data]`. */
function run(deltas: (StreamDelta | { type: "error"; message: string })[], stopSequences: string[] = []) {
  const writer = new StreamWriter(
    { promptTokens: 12, maxTokens: 4096 },
    new MessageStreamWriter({ ...meta, stopSequences }),
  );
  let text = writer.start();
  let failed = false;
  for (const d of deltas) {
    if (d.type === "error") {
      text += writer.fail(d.message);
      failed = true;
      break;
    }
    text += writer.write(d);
    if (writer.cut) break;
  }
  if (!failed) text += writer.end();
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((block) => {
      const [name, data] = block.split("\n");
      expect(JSON.parse(data?.slice(6) ?? "").type).toBe(name?.slice(7));
      return [name?.slice(7), JSON.parse(data?.slice(6) ?? "")] as const;
    });
}

describe("MessageStreamWriter", () => {
  it("writes Anthropic's event sequence: thinking, text, then a tool call in pieces", () => {
    const events = run([
      { type: "reasoning", choice: 0, text: "Weather? " },
      { type: "content", choice: 0, text: "Checking" },
      { type: "content", choice: 0, text: "." },
      { type: "tool_call", choice: 0, index: 0, id: "call_1", name: "get_weather", arguments: '{"ci' },
      { type: "tool_call", choice: 0, index: 0, arguments: 'ty":"Oslo"}' },
      { type: "finish", choice: 0, reason: "tool_calls" },
      { type: "usage", usage },
    ]);
    expect(events.map(([name, data]) => `${name}${"index" in data ? `:${data.index}` : ""}`)).toEqual([
      "message_start",
      "ping",
      "content_block_start:0",
      "content_block_delta:0",
      "content_block_stop:0",
      "content_block_start:1",
      "content_block_delta:1",
      "content_block_delta:1",
      "content_block_stop:1",
      "content_block_start:2",
      "content_block_delta:2",
      "content_block_delta:2",
      "content_block_stop:2",
      "message_delta",
      "message_stop",
    ]);
    expect(events[0]?.[1]).toMatchObject({ message: { id: "msg_1", content: [], usage: { input_tokens: 12 } } });
    expect(events[2]?.[1].content_block).toEqual({ type: "thinking", thinking: "", signature: "" });
    expect(events[3]?.[1].delta).toEqual({ type: "thinking_delta", thinking: "Weather? " });
    expect(events[6]?.[1].delta).toEqual({ type: "text_delta", text: "Checking" });
    expect(events[9]?.[1].content_block).toEqual({ type: "tool_use", id: "call_1", name: "get_weather", input: {} });
    expect(events[11]?.[1].delta).toEqual({ type: "input_json_delta", partial_json: 'ty":"Oslo"}' });
    expect(events[13]?.[1]).toEqual({
      type: "message_delta",
      delta: { stop_reason: "tool_use", stop_sequence: null },
      usage: { output_tokens: 9, input_tokens: 12 },
    });
  });

  it("stops at a stop sequence split across deltas, names it, and estimates usage", () => {
    const events = run(
      [
        { type: "content", choice: 0, text: "count: 1 2 3 ST" },
        { type: "content", choice: 0, text: "OP 4 5" },
      ],
      ["STOP"],
    );
    const text = events
      .filter(([n]) => n === "content_block_delta")
      .map(([, d]) => d.delta.text)
      .join("");
    expect(text).toBe("count: 1 2 3 ");
    expect(events.at(-2)?.[1]).toMatchObject({
      delta: { stop_reason: "stop_sequence", stop_sequence: "STOP" },
      usage: { output_tokens: expect.any(Number) },
    });
  });

  it("ends a broken upstream with the open block closed and an error event", () => {
    const events = run([
      { type: "content", choice: 0, text: "Hel" },
      { type: "error", message: "The Workers AI stream broke off before the answer was complete." },
    ]);
    expect(events.slice(-2)).toEqual([
      ["content_block_stop", { type: "content_block_stop", index: 0 }],
      [
        "error",
        {
          type: "error",
          error: { type: "api_error", message: "The Workers AI stream broke off before the answer was complete." },
        },
      ],
    ]);
  });

  it("maps a length finish to max_tokens", () => {
    const events = run([
      { type: "content", choice: 0, text: "a" },
      { type: "finish", choice: 0, reason: "length" },
    ]);
    expect(events.at(-2)?.[1].delta.stop_reason).toBe("max_tokens");
  });
});
