import type { Generation } from "../chat/generation.ts";
import type { StreamDelta } from "./stream-delta.ts";

/** A finished answer as the deltas a live stream would have given, for writers that stream it. */
export function toGenerationDeltas(generation: Generation): StreamDelta[] {
  const deltas: StreamDelta[] = [];
  for (const c of generation.choices) {
    const choice = c.index;
    if (c.reasoning) deltas.push({ type: "reasoning", choice, text: c.reasoning });
    if (c.content) deltas.push({ type: "content", choice, text: c.content });
    c.toolCalls.forEach((call, index) => {
      const { name, arguments: args } = call.function;
      deltas.push({ type: "tool_call", choice, index, id: call.id, name, arguments: args });
    });
    deltas.push({ type: "finish", choice, reason: c.finishReason });
  }
  if (generation.usage) deltas.push({ type: "usage", usage: generation.usage });
  return deltas;
}
