import { ApiError } from "@wai/core";

const FIELDS: Record<string, string> = {
  response_format: "text.format",
  reasoning_effort: "reasoning.effort",
  max_completion_tokens: "max_output_tokens",
  max_tokens: "max_output_tokens",
};

/**
 * An error the chat pipeline raised about its own params, renamed to the Responses field the client sent:
 * `messages.3.content.0` is the input item it came from (`input[2].content[0]`), `response_format` is
 * `text.format`, `tools.1.function.name` is `tools[1].name`. Other errors pass through.
 */
export function toResponseParam(error: unknown, sources: readonly string[]): unknown {
  if (!(error instanceof ApiError) || !error.param) return error;
  const param = rename(error.param, sources);
  if (param === error.param) return error;
  const { status, message, type, code, headers } = error;
  return new ApiError({ status, message: message.replaceAll(error.param, param), type, code, param, headers });
}

function rename(param: string, sources: readonly string[]): string {
  const message = /^messages\.(\d+)(?:\.content\.(\d+))?/.exec(param);
  if (message) {
    const source = sources[Number(message[1])] ?? "input";
    return message[2] !== undefined && source.startsWith("input[") ? `${source}.content[${message[2]}]` : source;
  }
  const tool = /^tools\.(\d+)(?:\.function(\.\w+))?/.exec(param);
  if (tool) return `tools[${tool[1]}]${tool[2] ?? ""}`;
  return FIELDS[param] ?? param;
}
