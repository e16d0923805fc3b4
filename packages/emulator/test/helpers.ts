import { expect } from "vitest";
import type { Output } from "../src/output.ts";

/** The bytes of a stream, or of a `bytes` output. */
export async function bytesOf(value: Output | ReadableStream<Uint8Array> | unknown): Promise<Uint8Array> {
  const stream = value instanceof ReadableStream ? value : (value as Extract<Output, { kind: "bytes" }>).body;
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The `data:` payloads of an SSE stream, JSON-parsed (`[DONE]` kept as the string). */
export async function sseEvents(value: Output | ReadableStream<Uint8Array> | unknown): Promise<unknown[]> {
  const text = new TextDecoder().decode(await bytesOf(value));
  expect(text.endsWith("\n\n")).toBe(true);
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((block) => {
      expect(block.startsWith("data: ")).toBe(true);
      const data = block.slice(6);
      return data === "[DONE]" ? data : JSON.parse(data);
    });
}

/** The JSON value of a `json` output. */
export function jsonOf(out: Output): any {
  expect(out.kind).toBe("json");
  return (out as Extract<Output, { kind: "json" }>).value;
}

/** Expects a Workers AI error: `"<code>: …"` in the message. */
export async function expectAiError(promise: Promise<unknown>, code: number, text?: string | RegExp): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error, `expected ${code} error`).toBeInstanceOf(Error);
  expect(error?.message).toMatch(new RegExp(`^${code}: `));
  if (text) expect(error?.message).toMatch(text);
  return error as Error;
}
