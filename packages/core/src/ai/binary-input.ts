/** An input that travels as the raw request body instead of JSON. */
export interface BinaryInput {
  /** The input key that held it (`audio`, `multipart`). */
  key: string;
  body: ReadableStream | ArrayBuffer | ArrayBufferView | Blob | FormData;
  /** Required by the binding for streams; `application/octet-stream` when a REST caller gives none. */
  contentType: string | undefined;
}

/**
 * Finds the one input that holds bytes: a `ReadableStream`, bytes, a `Blob`/`FormData`, or the binding's
 * `{body, contentType}` form (how nova-3 `audio` and FLUX.2 `multipart` are passed). Whisper over REST also
 * takes the raw file as the body.
 */
export function findBinaryInput(inputs: Record<string, unknown>): BinaryInput | undefined {
  for (const [key, value] of Object.entries(inputs)) {
    if (isBody(value)) return { key, body: value, contentType: blobType(value) };
    if (value && typeof value === "object" && "body" in value && isBody(value.body)) {
      const given = "contentType" in value && typeof value.contentType === "string" ? value.contentType : undefined;
      return { key, body: value.body, contentType: given ?? blobType(value.body) };
    }
  }
  return undefined;
}

function isBody(value: unknown): value is BinaryInput["body"] {
  return (
    value instanceof ReadableStream ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    value instanceof Blob ||
    value instanceof FormData
  );
}

function blobType(value: unknown): string | undefined {
  return value instanceof Blob && value.type ? value.type : undefined;
}
