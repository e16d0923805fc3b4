import type { ChatEvent } from "../chat/chat-event.ts";
import type { MessageStreamWriter } from "./message-stream-writer.ts";

const encoder = new TextEncoder();

/**
 * Chat events to Anthropic SSE bytes, each written as it arrives. Ends with `message_stop`, or with an `error`
 * event when the upstream broke; a matched stop sequence, or the client going away, cancels upstream.
 */
export function toMessageStream(
  events: ReadableStream<ChatEvent>,
  writer: MessageStreamWriter,
): ReadableStream<Uint8Array> {
  const reader = events.getReader();
  let pending = writer.start();
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        while (!done && pending === "") {
          const result = await reader.read();
          if (result.done) {
            pending += writer.end();
            done = true;
            break;
          }
          pending += writer.write(result.value);
          if (result.value.type === "error") done = true;
          else if (writer.cut) {
            pending += writer.end();
            done = true;
          }
        }
        if (pending !== "") controller.enqueue(encoder.encode(pending));
        pending = "";
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
