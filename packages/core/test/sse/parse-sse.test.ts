import { describe, expect, it } from "vitest";
import { parseSse } from "../../src/sse/parse-sse.ts";
import type { SseEvent } from "../../src/sse/sse-event.ts";
import { LEGACY_STREAM, LEGACY_STREAM_DATA } from "../fixtures/workers-ai-wire.ts";

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<SseEvent>): Promise<SseEvent[]> {
  const out: SseEvent[] = [];
  for await (const event of stream) out.push(event);
  return out;
}

describe("parseSse", () => {
  it("turns a Workers AI stream, cut into 5-byte chunks, into its events", async () => {
    const bytes = new TextEncoder().encode(LEGACY_STREAM);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 5) chunks.push(bytes.slice(i, i + 5));
    const events = await collect(streamOf(chunks).pipeThrough(parseSse()));
    expect(events.map((e) => e.data)).toEqual(LEGACY_STREAM_DATA);
  });

  it("flushes a last event that has no blank line after it", async () => {
    const events = await collect(
      streamOf([new TextEncoder().encode("data: 1\n\ndata: [DONE]")]).pipeThrough(parseSse()),
    );
    expect(events).toEqual([{ data: "1" }, { data: "[DONE]" }]);
  });
});
