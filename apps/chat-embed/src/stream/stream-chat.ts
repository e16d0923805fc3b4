import type { Model } from "@wai/catalog";
import type { ChatPlan } from "../chat/plan-chat.ts";
import { toGeneration } from "../chat/to-generation.ts";
import type { ChatSink } from "./chat-sink.ts";
import { generationToStream } from "./generation-to-stream.ts";
import { StreamWriter } from "./stream-writer.ts";
import { toSseStream } from "./to-sse-stream.ts";

/**
 * A chat answer as a protocol's SSE body: upstream's stream mapped as it comes (`toSseStream`), or a JSON
 * answer (JSON mode, models that do not stream, the gpt-oss retry) written at once through the same engine,
 * which splits thinking and applies stop sequences either way. `settle` runs once the answer has ended.
 */
export function streamChat(
  output: unknown,
  model: Model,
  plan: ChatPlan,
  sink: ChatSink,
  settle?: () => Promise<void>,
): ReadableStream<Uint8Array> {
  const writer = new StreamWriter(plan, sink);
  if (output instanceof ReadableStream) return toSseStream(output, writer, settle);
  return generationToStream(toGeneration(model, output, plan.maxTokens), writer, settle);
}
