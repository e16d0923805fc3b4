import type { SmokeAnswer } from "../answer.ts";
import { isNonEmptyString, isObject, must, okJson, SmokeCheckError } from "./must.ts";
import { tokenUsage } from "./token-usage.ts";

export interface ChatExpectation {
  /** The answer must call this function (with JSON object arguments) instead of writing text. */
  tool?: string;
  /** The content must be a JSON object (JSON mode). */
  json?: boolean;
}

/** A `chat.completion`: one assistant choice with text (or the expected tool call), and token usage. */
export function checkChatCompletion(answer: SmokeAnswer, expected: ChatExpectation = {}): string {
  const body = okJson(answer);
  must(body.object === "chat.completion", `object is ${JSON.stringify(body.object)}, expected "chat.completion"`);
  must(isNonEmptyString(body.id), "no id");
  const choice = Array.isArray(body.choices) ? body.choices[0] : undefined;
  must(isObject(choice), "no choices[0]");
  const message = choice.message;
  must(isObject(message) && message.role === "assistant", `choices[0].message is not an assistant message`);
  if (expected.tool) checkToolCall(choice, message, expected.tool);
  else {
    must(isNonEmptyString(message.content), `no text in choices[0].message.content: ${JSON.stringify(message)}`);
    must(choice.finish_reason === "stop" || choice.finish_reason === "length", `finish_reason ${choice.finish_reason}`);
    if (expected.json) mustBeJsonObject(message.content);
  }
  return tokenUsage(body.usage);
}

function checkToolCall(choice: Record<string, unknown>, message: Record<string, unknown>, name: string): void {
  must(
    choice.finish_reason === "tool_calls",
    `finish_reason ${JSON.stringify(choice.finish_reason)}, expected "tool_calls"`,
  );
  const call = Array.isArray(message.tool_calls) ? message.tool_calls[0] : undefined;
  must(isObject(call) && call.type === "function" && isNonEmptyString(call.id), "no tool_calls[0] of type function");
  must(isObject(call.function) && call.function.name === name, `tool_calls[0] does not call ${name}`);
  must(typeof call.function.arguments === "string", "tool_calls[0].function.arguments is not a JSON string");
  mustBeJsonObject(call.function.arguments);
}

function mustBeJsonObject(text: string): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SmokeCheckError(`not JSON: ${text.slice(0, 200)}`);
  }
  must(isObject(value), `not a JSON object: ${text.slice(0, 200)}`);
}
