import type { Model } from "@wai/catalog";
import { ApiError } from "@wai/core";

/**
 * The text of a chat model's answer: legacy models answer `{response}`, chat-completions models
 * `{choices: [{message: {content}}]}` (reference §2.1.2, §2.1.4). A thinking block some models put in the text
 * (`<think>…</think>`) is dropped. Anything else is an upstream fault (502).
 */
export function fromLlmAnswer(model: Model, output: unknown): string {
  const text = model.input === "chat-completions" ? chatContent(output) : legacyResponse(output);
  if (typeof text !== "string") {
    throw new ApiError({
      status: 502,
      type: "upstream_error",
      code: "upstream_error",
      message: `Workers AI answered ${model.id} without text (expected ${model.input === "chat-completions" ? "choices[0].message.content" : "response"}).`,
    });
  }
  return text.replace(/<think>[\s\S]*?<\/think>/g, "").replace(/^[\s\S]*?<\/think>/, "");
}

function legacyResponse(output: unknown): unknown {
  return output && typeof output === "object" && "response" in output ? output.response : undefined;
}

function chatContent(output: unknown): unknown {
  if (!output || typeof output !== "object" || !("choices" in output) || !Array.isArray(output.choices))
    return undefined;
  const message: unknown = output.choices[0]?.message;
  if (!message || typeof message !== "object" || !("content" in message)) return undefined;
  return message.content ?? "";
}
