import type { SseEvent } from "./sse-event.ts";
import { SseParser } from "./sse-parser.ts";

/** SSE bytes in, events out: `upstream.pipeThrough(parseSse())`. See `SseParser` for the quirks handled. */
export function parseSse(): TransformStream<Uint8Array, SseEvent> {
  let parser: SseParser;
  return new TransformStream<Uint8Array, SseEvent>({
    start(controller) {
      parser = new SseParser((event) => controller.enqueue(event));
    },
    transform(chunk) {
      parser.push(chunk);
    },
    flush() {
      parser.end();
    },
  });
}
