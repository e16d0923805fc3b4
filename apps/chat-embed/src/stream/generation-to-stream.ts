import type { Generation } from "../chat/generation.ts";
import type { StreamDelta } from "./stream-delta.ts";
import type { StreamWriter } from "./stream-writer.ts";

const encoder = new TextEncoder();

/**
 * A finished answer delivered as a stream: for JSON mode (Workers AI cannot stream it), for models that do not
 * stream, and for an upstream that answered JSON although a stream was asked. Same events as a live stream.
 */
export function generationToStream(generation: Generation, writer: StreamWriter): ReadableStream<Uint8Array> {
  let out = writer.start();
  for (const delta of toDeltas(generation)) out += writer.write(delta);
  out += writer.end();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(out));
      controller.close();
    },
  });
}

function toDeltas(generation: Generation): StreamDelta[] {
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
