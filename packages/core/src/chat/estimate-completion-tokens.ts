import type { ChatChoice } from "./chat-choice.ts";
import { tokenWeight } from "./token-weight.ts";

/**
 * `estimateTokens` over everything the choices say (content, reasoning, tool names and arguments), at least 1:
 * an answer costs something even when it is empty.
 */
export function estimateCompletionTokens(choices: readonly ChatChoice[]): number {
  let weight = 0;
  for (const c of choices) {
    if (c.content) weight += tokenWeight(c.content);
    if (c.reasoning) weight += tokenWeight(c.reasoning);
    for (const call of c.toolCalls) weight += tokenWeight(call.function.name) + tokenWeight(call.function.arguments);
  }
  return Math.max(1, Math.ceil(weight));
}
