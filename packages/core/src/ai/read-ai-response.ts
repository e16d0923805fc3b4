import { ApiError } from "../api-error.ts";
import { fromUpstreamError } from "./from-upstream-error.ts";

export interface ReadAiResponseOptions {
  /** REST answers wrap JSON in `{result, success, errors}`; the binding's raw responses do not. */
  envelope: boolean;
  model: string;
}

/**
 * A Workers AI HTTP answer as the model's output: JSON parsed (and unwrapped from the REST envelope), SSE
 * and binary bodies (PNG, JPEG, MP3) returned as the body stream, never buffered. A non-2xx answer, or an
 * envelope with `success: false` (even under 200), is thrown as a mapped `ApiError`.
 */
export async function readAiResponse(response: Response, options: ReadAiResponseOptions): Promise<unknown> {
  const { model } = options;
  if (!response.ok) throw fromUpstreamError(await errorBody(response), { status: response.status, model });
  const type = response.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.startsWith("application/json")) {
    const json: unknown = await response.json();
    if (!options.envelope || !json || typeof json !== "object" || !("success" in json)) return json;
    if (json.success !== true) throw fromUpstreamError(json, { status: 502, model });
    return "result" in json ? json.result : null;
  }
  if (!response.body) {
    throw new ApiError({
      status: 502,
      type: "upstream_error",
      code: "upstream_error",
      message: "Workers AI answered with an empty body.",
    });
  }
  return response.body;
}

/** The error body: JSON when it parses (the `{errors:[...]}` envelope), otherwise a short text. */
async function errorBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return (response.headers.get("content-type") ?? "").includes("html") ? "" : text.slice(0, 300);
  }
}
