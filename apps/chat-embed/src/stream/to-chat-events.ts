import { SseParser } from "@wai/core";
import type { ChatEvent } from "../chat/chat-event.ts";
import type { ChatEventWriter } from "./chat-event-writer.ts";
import { parseUpstreamEvent } from "./parse-upstream-event.ts";
import type { DeltaState } from "./stream-delta.ts";
import { toStreamDeltas } from "./to-stream-deltas.ts";

/**
 * Upstream SSE bytes to normalized `ChatEvent`s, each network chunk mapped as it arrives: `toSseStream`'s pump
 * for the protocols that write their own events. An upstream failure, or a stream that stops with neither
 * `[DONE]` nor a finish reason, ends with an `error` event; cancelling cancels upstream, as does a stop sequence.
 */
export function toChatEvents(upstream: ReadableStream<Uint8Array>, writer: ChatEventWriter): ReadableStream<ChatEvent> {
  const reader = upstream.getReader();
  const state: DeltaState = { nextToolIndex: 0 };
  writer.start();
  let done = false;
  const parser = new SseParser((event) => {
    if (done) return;
    const parsed = parseUpstreamEvent(event.data);
    if (parsed.kind === "skip") return;
    if (parsed.kind === "done" || parsed.kind === "error") {
      if (parsed.kind === "done") writer.end();
      else writer.fail(parsed.message);
      done = true;
      return;
    }
    for (const delta of toStreamDeltas(parsed.json, state)) writer.write(delta);
  });

  return new ReadableStream<ChatEvent>(
    {
      async pull(controller) {
        while (!done && !writer.pending) {
          let result: ReadableStreamReadResult<Uint8Array>;
          try {
            result = await reader.read();
          } catch (error) {
            console.error("chat-embed: upstream stream failed", error);
            writer.fail("The Workers AI stream broke off before the answer was complete.");
            done = true;
            break;
          }
          if (result.done) {
            parser.end();
            if (!done) {
              if (writer.finished) writer.end();
              else writer.fail("The Workers AI stream ended early.");
            }
            done = true;
            break;
          }
          parser.push(result.value);
          if (!done && writer.cut) {
            writer.end(); // a stop sequence matched: stop paying for tokens nobody will see
            done = true;
          }
        }
        for (const event of writer.take()) controller.enqueue(event);
        if (done) {
          controller.close();
          reader.cancel().catch(() => {});
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
