import { SseParser } from "@wai/core";
import { legacyText } from "./legacy-text.ts";
import { parseUpstreamEvent } from "./parse-upstream-event.ts";
import { SlabEncoder } from "./slab-encoder.ts";
import type { DeltaState } from "./stream-delta.ts";
import type { StreamWriter } from "./stream-writer.ts";
import { toStreamDeltas } from "./to-stream-deltas.ts";

/**
 * Upstream SSE bytes to a protocol's SSE bytes, each network chunk mapped synchronously as it arrives (events
 * split across chunks are joined by the parser): the one pump of every chat protocol's stream, the protocol
 * being the writer's sink. A pull stream with `highWaterMark: 0` (upstream is read only as fast as the client
 * reads) rather than a `TransformStream`, so that an upstream failure can still be answered: it ends the
 * stream with the protocol's error ending, as does a stream that stops with neither `[DONE]` nor a finish
 * reason. Cancelling the response cancels upstream, as does a stop sequence. `settle` runs once the answer has
 * ended, before its last bytes go out (Responses stores the response). Measured in workerd (bench/PROFILE.md,
 * "After the stream work"): a synchronous `TransformStream` fed by `pipeTo` costs about twice this loop per
 * chunk (each piped chunk pays read, write, transform and backpressure promises).
 */
export function toSseStream(
  upstream: ReadableStream<Uint8Array>,
  writer: StreamWriter,
  settle?: () => Promise<void>,
): ReadableStream<Uint8Array> {
  const reader = upstream.getReader();
  const encoder = new SlabEncoder();
  const state: DeltaState = { nextToolIndex: 0 };
  let out = "";
  let done = false;
  const parser = new SseParser((event) => {
    if (done) return;
    // A plain `{"response":"…"}` event (most legacy-model events) is read without JSON.parse.
    const text = legacyText(event.data);
    if (text !== undefined) {
      if (text !== "") out += writer.text(0, text);
      return;
    }
    const parsed = parseUpstreamEvent(event.data);
    if (parsed.kind === "skip") return;
    if (parsed.kind === "done" || parsed.kind === "error") {
      out += parsed.kind === "done" ? writer.end() : writer.fail(parsed.message);
      done = true;
      return;
    }
    for (const delta of toStreamDeltas(parsed.json, state)) out += writer.write(delta);
  });

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const head = writer.start(); // queued now: the client's first read takes it without a pull
        if (head !== "") controller.enqueue(encoder.encode(head));
      },
      async pull(controller) {
        while (!done && out === "") {
          let result: ReadableStreamReadResult<Uint8Array>;
          try {
            result = await reader.read();
          } catch (error) {
            console.error("chat-embed: upstream stream failed", error);
            out += writer.fail("The Workers AI stream broke off before the answer was complete.");
            done = true;
            break;
          }
          if (result.done) {
            parser.end();
            if (!done) out += writer.finished ? writer.end() : writer.fail("The Workers AI stream ended early.");
            done = true;
            break;
          }
          parser.push(result.value);
          if (!done && writer.cut) {
            out += writer.end(); // a stop sequence matched: stop paying for tokens nobody will see
            done = true;
          }
        }
        if (done && settle) await settle();
        if (out !== "") controller.enqueue(encoder.encode(out));
        out = "";
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
