export interface SseOptions {
  /** Milliseconds before each event (`#fault:slow-stream`). */
  delayMs?: number;
  /** Error the stream after this many events, before `[DONE]` (`#fault:broken-stream`). */
  breakAfter?: number;
}

const encoder = new TextEncoder();

/** SSE streams this isolate has handed out, by how they ended (`WorkersAiEmulator.streamStats()`). */
export interface StreamStats {
  opened: number;
  /** Read to the end (`[DONE]`, or the error of `#fault:broken-stream`). */
  finished: number;
  /** Cancelled by the reader before the end: a client that hung up, a stop sequence. */
  cancelled: number;
}

const stats: StreamStats = { opened: 0, finished: 0, cancelled: 0 };

/** A copy of the counts, so tests can assert that a client hanging up cancels the upstream stream. */
export const streamStats = (): StreamStats => ({ ...stats });

/** Events as SSE bytes, one `data: <json>\n\n` chunk per event; the string `"[DONE]"` is sent as is. */
export function toSseStream(events: readonly unknown[], options: SseOptions = {}): ReadableStream<Uint8Array> {
  let i = 0;
  stats.opened++;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (options.breakAfter !== undefined && i >= options.breakAfter) {
          stats.finished++;
          controller.error(new Error("emulated broken stream (#fault:broken-stream)"));
          return;
        }
        if (i >= events.length) {
          stats.finished++;
          controller.close();
          return;
        }
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        const event = events[i++];
        controller.enqueue(encoder.encode(`data: ${event === "[DONE]" ? event : JSON.stringify(event)}\n\n`));
      },
      cancel() {
        stats.cancelled++;
      },
    },
    { highWaterMark: 0 },
  );
}
