/** What came back for one smoke request: status, headers and the whole body, read once. */
export interface SmokeAnswer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

/** A fake answer for the checks' own tests: a JSON value, a string, or raw bytes. */
export function toSmokeAnswer(
  body: unknown,
  { status = 200, contentType }: { status?: number; contentType?: string } = {},
): SmokeAnswer {
  const bytes =
    body instanceof Uint8Array
      ? body
      : new TextEncoder().encode(typeof body === "string" ? body : JSON.stringify(body));
  const type =
    contentType ?? (typeof body === "string" || body instanceof Uint8Array ? "text/plain" : "application/json");
  return { status, headers: new Headers({ "content-type": type }), bytes };
}
