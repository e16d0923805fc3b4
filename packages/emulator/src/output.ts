/** What `run` resolves to: a JSON value, or a byte stream (SSE, PNG, JPEG, MP3) with the content type REST sends. */
export type Output =
  | { kind: "json"; value: unknown }
  | { kind: "bytes"; body: ReadableStream<Uint8Array>; contentType: string };

export function jsonOutput(value: unknown): Output {
  return { kind: "json", value };
}

export function bytesOutput(bytes: Uint8Array | ReadableStream<Uint8Array>, contentType: string): Output {
  const body = bytes instanceof ReadableStream ? bytes : new Response(bytes).body;
  if (!body) throw new Error("empty body");
  return { kind: "bytes", body, contentType };
}
