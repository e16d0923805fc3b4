export interface SseOptions {
  /** Milliseconds before each event (`#fault:slow-stream`). */
  delayMs?: number;
  /** Error the stream after this many events, before `[DONE]` (`#fault:broken-stream`). */
  breakAfter?: number;
}

const encoder = new TextEncoder();

/** Events as SSE bytes, one `data: <json>\n\n` chunk per event; the string `"[DONE]"` is sent as is. */
export function toSseStream(events: readonly unknown[], options: SseOptions = {}): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (options.breakAfter !== undefined && i >= options.breakAfter) {
          controller.error(new Error("emulated broken stream (#fault:broken-stream)"));
          return;
        }
        if (i >= events.length) {
          controller.close();
          return;
        }
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        const event = events[i++];
        controller.enqueue(encoder.encode(`data: ${event === "[DONE]" ? event : JSON.stringify(event)}\n\n`));
      },
    },
    { highWaterMark: 0 },
  );
}
