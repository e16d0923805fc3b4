import { describe, expect, it } from "vitest";
import type { SseEvent } from "../../src/sse/sse-event.ts";
import { SseParser } from "../../src/sse/sse-parser.ts";
import {
  LEGACY_STREAM,
  LEGACY_STREAM_DATA,
  OPENAI_CHUNK_STREAM,
  OPENAI_CHUNK_STREAM_DATA,
} from "../fixtures/workers-ai-wire.ts";

const encoder = new TextEncoder();

function parseChunks(chunks: (Uint8Array | string)[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = new SseParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return events;
}

const data = (events: SseEvent[]) => events.map((e) => e.data);

describe.each([
  ["a Workers AI legacy stream", LEGACY_STREAM, LEGACY_STREAM_DATA],
  [
    "an OpenAI-chunk stream with CRLF, a comment and no final blank line",
    OPENAI_CHUNK_STREAM,
    OPENAI_CHUNK_STREAM_DATA,
  ],
])("SseParser on %s", (_name, wire, expected) => {
  const bytes = encoder.encode(wire);

  it("yields every event from one chunk", () => {
    expect(data(parseChunks([bytes]))).toEqual(expected);
  });

  it("yields the same events split in two at every byte offset", () => {
    for (let at = 0; at <= bytes.length; at++) {
      expect(data(parseChunks([bytes.subarray(0, at), bytes.subarray(at)])), `split at ${at}`).toEqual(expected);
    }
  });

  it("yields the same events one byte at a time", () => {
    const chunks = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
    expect(data(parseChunks(chunks))).toEqual(expected);
  });

  it("yields the same events split in three at every pair of offsets (sampled)", () => {
    for (let a = 0; a <= bytes.length; a += 7) {
      for (let b = a; b <= bytes.length; b += 5) {
        const chunks = [bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)];
        expect(data(parseChunks(chunks)), `split at ${a},${b}`).toEqual(expected);
      }
    }
  });
});

describe("SseParser fields and line ends", () => {
  it("joins multi-line data with \\n and reads event, id and retry", () => {
    const events = parseChunks(["event: delta\nid: 7\nretry: 1500\ndata: first\ndata:second\n\n"]);
    expect(events).toEqual([{ event: "delta", id: "7", retry: 1500, data: "first\nsecond" }]);
  });

  it("treats CR alone, LF and CRLF as line ends, also when CR and LF arrive in different chunks", () => {
    expect(data(parseChunks(["data: a\r\rdata: b\n\ndata: c\r", "\n\r", "\ndata: d\r\n\r\n"]))).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("skips comments and events without data, keeps an empty data line as an empty event", () => {
    expect(parseChunks([": ping\n\nevent: noop\n\ndata:\n\n"])).toEqual([{ data: "" }]);
  });

  it("removes only one space after the colon", () => {
    expect(data(parseChunks(["data:  two spaces\n\n"]))).toEqual([" two spaces"]);
  });

  it("ignores unknown fields, a retry that is not a number and an id holding NUL", () => {
    expect(parseChunks(["foo: bar\nretry: soon\nid: a\0b\ndata: x\n\n"])).toEqual([{ data: "x" }]);
  });

  it("emits a final event that has no blank line after it, and nothing for a trailing partial comment", () => {
    expect(data(parseChunks(["data: [DONE]"]))).toEqual(["[DONE]"]);
    expect(data(parseChunks(["data: a\n\n: tail"]))).toEqual(["a"]);
  });

  it("strips a leading byte-order mark", () => {
    expect(data(parseChunks([new Uint8Array([0xef, 0xbb, 0xbf]), encoder.encode("data: x\n\n")]))).toEqual(["x"]);
  });

  it("joins a long line split over many chunks once", () => {
    const payload = "x".repeat(200_000);
    const bytes = encoder.encode(`data: ${payload}\n\n`);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 64) chunks.push(bytes.subarray(i, i + 64));
    expect(data(parseChunks(chunks))).toEqual([payload]);
  });
});
