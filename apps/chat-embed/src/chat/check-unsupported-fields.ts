import { ApiError } from "@wai/core";

const refuse = (param: string, message: string) =>
  new ApiError({ status: 400, code: "unsupported_parameter", param, message });

/**
 * OpenAI fields that would change the answer and that no Workers AI model honours: refused by name rather
 * than ignored. Fields that only describe the request (`user`, `store`, `metadata`, `service_tier`,
 * `prediction`) are accepted and ignored, as are fields OpenAI does not define.
 */
export function checkUnsupportedFields(body: Record<string, unknown>): void {
  const bias = body.logit_bias;
  if (bias && typeof bias === "object" && Object.keys(bias).length > 0)
    throw refuse("logit_bias", "logit_bias is not supported by Workers AI.");
  if (body.functions !== undefined || body.function_call !== undefined) {
    const param = body.functions !== undefined ? "functions" : "function_call";
    throw refuse(
      param,
      "functions and function_call are deprecated and not supported here: send tools and tool_choice.",
    );
  }
  const modalities = body.modalities;
  if (body.audio != null || (Array.isArray(modalities) && modalities.includes("audio")))
    throw refuse(
      body.audio != null ? "audio" : "modalities",
      "Audio output is not supported by Workers AI's chat models.",
    );
  if (body.web_search_options != null)
    throw refuse("web_search_options", "Web search is not supported by Workers AI's chat models.");
}
