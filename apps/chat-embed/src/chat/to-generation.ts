import type { Model } from "@wai/catalog";
import { ApiError } from "@wai/core";
import type { GeneratedChoice, Generation } from "./generation.ts";
import { toFinishReason } from "./to-finish-reason.ts";
import { toOpenAiToolCalls } from "./to-openai-tool-calls.ts";

/**
 * A non-streamed Workers AI answer as choices. Three shapes arrive (reference §2.1.2–2.1.4):
 * - legacy `{response, usage?, tool_calls?}`, where `response` may be an object or a number in JSON mode, or
 *   null next to tool calls, and some models answer a bare string; no finish reason, so hitting `max_tokens`
 *   is read from the usage;
 * - OpenAI `chat.completion` / `text_completion` objects (chat-completions models, qwen3), with `model_length`;
 * - image-to-text `{description}`.
 */
export function toGeneration(model: Model, output: unknown, maxTokens: number): Generation {
  if (typeof output === "string") return { choices: [plain(output)] };
  if (!output || typeof output !== "object") throw unexpected(model, output);
  const out = output as Record<string, unknown>;
  if (Array.isArray(out.choices)) {
    return { choices: out.choices.map((c, i) => fromOpenAiChoice(c, i)), usage: out.usage };
  }
  if (typeof out.description === "string") return { choices: [plain(out.description)], usage: out.usage };
  if (!("response" in out) && !("tool_calls" in out)) throw unexpected(model, output);
  const toolCalls = toOpenAiToolCalls(out.tool_calls);
  const content = toContent(out.response, toolCalls.length > 0);
  const usage = out.usage as { completion_tokens?: unknown } | undefined;
  const hitLimit = typeof usage?.completion_tokens === "number" && usage.completion_tokens >= maxTokens;
  const finish = toFinishReason(out.finish_reason ?? (hitLimit ? "length" : "stop"), toolCalls.length > 0);
  return { choices: [{ index: 0, content, toolCalls, finishReason: finish }], usage: out.usage };
}

function fromOpenAiChoice(raw: unknown, position: number): GeneratedChoice {
  const choice = (raw ?? {}) as Record<string, unknown>;
  const message = (choice.message ?? {}) as Record<string, unknown>;
  const toolCalls = toOpenAiToolCalls(message.tool_calls);
  const text = typeof choice.text === "string" ? choice.text : message.content;
  const reasoning = message.reasoning_content ?? message.reasoning;
  return {
    index: typeof choice.index === "number" ? choice.index : position,
    content: toContent(text, toolCalls.length > 0),
    ...(typeof reasoning === "string" && reasoning !== "" ? { reasoning } : {}),
    toolCalls,
    finishReason: toFinishReason(choice.finish_reason, toolCalls.length > 0),
  };
}

/** JSON mode may give `response` as an object or a number: OpenAI's `content` is always a string. */
function toContent(value: unknown, calledTools: boolean): string | null {
  if (typeof value === "string") return calledTools && value === "" ? null : value;
  if (value === null || value === undefined) return calledTools ? null : "";
  return JSON.stringify(value);
}

const plain = (content: string): GeneratedChoice => ({ index: 0, content, toolCalls: [], finishReason: "stop" });

function unexpected(model: Model, output: unknown): ApiError {
  console.error("chat-embed: unexpected output", model.id, JSON.stringify(output)?.slice(0, 500));
  return new ApiError({
    status: 502,
    type: "upstream_error",
    code: "upstream_error",
    message: `Workers AI answered \`${model.id}\` in a shape this gateway does not know.`,
  });
}
