import type { SseEvent } from "./sse-event.ts";

const encoder = new TextEncoder();

/** What ends an OpenAI stream. OneAPI and the OpenAI SDKs stop reading at it. */
export const SSE_DONE = "data: [DONE]\n\n";

/**
 * Response headers for a stream. No `connection: keep-alive`: it is hop-by-hop, and Workers drop it.
 * `no-transform` keeps proxies from compressing (and so buffering) the stream.
 */
export const sseHeaders: Readonly<Record<string, string>> = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
};

/**
 * `data: <payload>\n\n`, with exactly `data: ` and its space: OneAPI reads only lines that start with it.
 * A string is sent as is (already serialized, or `[DONE]`); anything else as JSON. A string holding line
 * breaks becomes several `data: ` lines, which a reader joins back with `\n`.
 */
export function sseEvent(payload: unknown): string {
  if (typeof payload !== "string") return `data: ${JSON.stringify(payload) ?? "null"}\n\n`;
  if (payload.includes("\n") || payload.includes("\r")) return `${dataLines(payload)}\n`;
  return `data: ${payload}\n\n`;
}

/** `sseEvent` as bytes, ready to enqueue on a response stream. */
export function encodeSseData(payload: unknown): Uint8Array {
  return encoder.encode(sseEvent(payload));
}

/** A full event with its optional `event:`, `id:` and `retry:` fields. */
export function formatSseEvent(event: SseEvent): string {
  let out = "";
  if (event.event !== undefined) out += `event: ${event.event}\n`;
  if (event.id !== undefined) out += `id: ${event.id}\n`;
  if (event.retry !== undefined) out += `retry: ${event.retry}\n`;
  return `${out}${dataLines(event.data)}\n`;
}

function dataLines(data: string): string {
  let out = "";
  for (const line of data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return out;
}
