/**
 * A multipart body as new-api rebuilds it before relaying (QuantumNous/new-api `relay/channel/openai/adaptor.go`,
 * Go's `mime/multipart` writer): `model` first (the mapped name), then the other text fields in Go map order (any
 * order), then the files. A text field has no Content-Type; `CreateFormFile` labels a file
 * `application/octet-stream` whatever it holds, with the client's filename; image edits label each image by its
 * filename's extension instead (`.png` when unknown). Returns the body and its Content-Type header.
 */
export interface GoPart {
  name: string;
  value: string | Uint8Array;
  filename?: string;
  contentType?: string;
}

export function goMultipart(parts: readonly GoPart[]): { body: Uint8Array; contentType: string } {
  const boundary = "3d6b6a416f9b2ac3e1f4bd2cbc3f85e0c2b1e9f3a4d7c8e6f5a4b3c2d1e0";
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  parts.forEach((part, i) => {
    let head = `${i === 0 ? "" : "\r\n"}--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuotes(part.name)}"`;
    if (part.filename !== undefined) head += `; filename="${escapeQuotes(part.filename)}"`;
    if (part.filename !== undefined) head += `\r\nContent-Type: ${part.contentType ?? "application/octet-stream"}`;
    chunks.push(encoder.encode(`${head}\r\n\r\n`));
    chunks.push(typeof part.value === "string" ? encoder.encode(part.value) : part.value);
  });
  chunks.push(encoder.encode(`\r\n--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Go's `escapeQuotes`: backslash and double quote get a backslash. */
const escapeQuotes = (s: string) => s.replace(/[\\"]/g, (c) => `\\${c}`);
