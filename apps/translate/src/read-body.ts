import { ApiError, readCappedBody, readJson } from "@wai/core";

const FORM_TYPES = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * A translate request's body, at most `max` bytes (413 above): JSON, or a form (DeepL's
 * `application/x-www-form-urlencoded` with `text` repeated, or multipart) as an object whose `text` is the list
 * of every `text` field. A form-typed body that is JSON (`curl -d '{...}'`) is read as JSON. A multipart body
 * that does not parse (no boundary, or parts that do not match it) is a 400, never a 500.
 */
export async function readBody(request: Request, max: number): Promise<unknown> {
  const bytes = await readCappedBody(request, max, "Split the text into smaller requests.");
  const type = request.headers.get("content-type") ?? "";
  const first = bytes.find((b) => b > 0x20);
  if (FORM_TYPES.test(type) && first !== 0x7b) {
    const form = await readForm(bytes, type);
    const out: Record<string, unknown> = {};
    for (const key of new Set(form.keys())) {
      const values = form.getAll(key).map((value) => (typeof value === "string" ? value : ""));
      out[key] = key === "text" ? values : values[0];
    }
    return out;
  }
  return readJson(new Request(request.url, { method: "POST", headers: { "content-type": type }, body: bytes }));
}

async function readForm(bytes: Uint8Array, type: string): Promise<FormData> {
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch (error) {
    throw new ApiError({
      status: 400,
      code: "invalid_multipart",
      message: `The form body could not be parsed (${error instanceof Error ? error.message : error}): send \`multipart/form-data\` with its boundary, \`application/x-www-form-urlencoded\`, or JSON.`,
    });
  }
}
