import { alnum } from "../hash.ts";
import type { TextGenerationModel as Model } from "../model.ts";
import { toTokens } from "../words.ts";
import type { Answer, AnswerToolCall } from "./answer.ts";
import { legacyToolCallId, splitArguments } from "./tool-call-id.ts";

/**
 * Legacy output `{response, usage, tool_calls?}` (reference §2.1.2). JSON mode gives `response` as an object.
 * Tool calls: flat `[{name, arguments: object}]` for `prompt-messages` models, and
 * `[{id, type: "function", function: {name, arguments: object}}]` for `prompt-messages-parts` ones (llama-4-scout).
 * With tool calls, `response` is null. Reasoning models (qwq, deepseek-r1) think inside `<think>…</think>`.
 */
export function toLegacyOutput(model: Model, answer: Answer): Record<string, unknown> {
  const out: Record<string, unknown> = {
    response: answer.toolCalls.length ? null : (answer.json ?? responseText(answer)),
  };
  if (answer.toolCalls.length) out.tool_calls = answer.toolCalls.map((call) => toLegacyToolCall(model, call));
  out.usage = answer.usage;
  return out;
}

function toLegacyToolCall(model: Model, call: AnswerToolCall): Record<string, unknown> {
  if (model.tools?.calls !== "with-id") return { name: call.name, arguments: call.arguments };
  return {
    id: legacyToolCallId(call.seed),
    type: "function",
    function: { name: call.name, arguments: call.arguments },
  };
}

function responseText(answer: Answer): string {
  if (!answer.reasoning) return answer.text;
  const closed = answer.text || answer.finish !== "length";
  return `<think>\n${answer.reasoning}${closed ? "\n</think>\n\n" : ""}${answer.text}`;
}

/**
 * Legacy SSE events (reference §1.5): `{"response":"<token>","p":"<padding>"}` per word; tool calls in the indexed
 * form (id, type and name first, then argument fragments, then the null-finalization chunk); a
 * `{"response":"","finish_reason":…}` event; the platform's `{"response":"","usage":{…}}`; then `[DONE]`.
 */
export function legacyEvents(answer: Answer): unknown[] {
  const events: unknown[] = toTokens(responseText(answer)).map((response, i) => ({
    response,
    p: alnum(answer.seed + i, 1 + ((answer.seed + i * 7) % 23)),
  }));
  answer.toolCalls.forEach((call, index) => {
    const id = legacyToolCallId(call.seed);
    events.push({ tool_calls: [{ id, type: "function", index, function: { name: call.name, arguments: "" } }] });
    for (const arguments_ of splitArguments(JSON.stringify(call.arguments)))
      events.push({ tool_calls: [{ index, function: { arguments: arguments_ } }] });
    events.push({ tool_calls: [{ id: null, type: null, index, function: { name: null } }] });
  });
  events.push({ response: "", finish_reason: answer.finish });
  events.push({ response: "", usage: answer.usage });
  events.push("[DONE]");
  return events;
}
