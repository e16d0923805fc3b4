import type { Generation } from "../chat/generation.ts";
import type { StreamWriter } from "./stream-writer.ts";
import { toGenerationDeltas } from "./to-generation-deltas.ts";

const encoder = new TextEncoder();

/**
 * A finished answer delivered as a stream: for JSON mode (Workers AI cannot stream it), for models that do not
 * stream, and for an upstream that answered JSON although a stream was asked. Same events as a live stream;
 * `settle` as in `toSseStream`.
 */
export function generationToStream(
  generation: Generation,
  writer: StreamWriter,
  settle?: () => Promise<void>,
): ReadableStream<Uint8Array> {
  let out = writer.start();
  for (const delta of toGenerationDeltas(generation)) out += writer.write(delta);
  out += writer.end();
  return new ReadableStream({
    async start(controller) {
      if (settle) await settle();
      controller.enqueue(encoder.encode(out));
      controller.close();
    },
  });
}
