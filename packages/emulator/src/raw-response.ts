import { parseAiError } from "./ai-error.ts";
import { httpStatusOf } from "./error-codes.ts";
import type { Output } from "./output.ts";

/** What the binding's upstream answers (its `returnRawResponse`): bare JSON, or the bytes with their type. */
export function toRawResponse(out: Output): Response {
  if (out.kind === "json") return Response.json(out.value);
  return new Response(out.body, { headers: { "content-type": out.contentType } });
}

/** The upstream error body the binding parses: `{internalCode, name, description}` with the code's HTTP status. */
export function toRawErrorResponse(error: unknown): Response {
  const parsed = parseAiError(error);
  const name = error instanceof Error ? error.name : "Error";
  if (!parsed)
    return Response.json(
      { name, description: String(error instanceof Error ? error.message : error) },
      { status: 500 },
    );
  const body = { internalCode: parsed.code, name, description: parsed.description, message: parsed.description };
  return Response.json(body, { status: httpStatusOf(parsed.code) });
}
