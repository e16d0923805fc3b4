import type { SmokeAnswer } from "../answer.ts";
import { isObject, must, textOf } from "./must.ts";
import { tokenUsage } from "./token-usage.ts";

/**
 * An SSE stream of `chat.completion.chunk`s asked with `stream_options.include_usage`: every event is a chunk,
 * the deltas add up to text, one chunk gives a finish reason, the usage chunk comes last, then `data: [DONE]`.
 */
export function checkChatStream(answer: SmokeAnswer): string {
  const text = textOf(answer);
  must(answer.status === 200, `status ${answer.status}, expected 200: ${text.slice(0, 300)}`);
  const type = answer.headers.get("content-type") ?? "";
  must(type.startsWith("text/event-stream"), `content-type ${type}, expected text/event-stream: ${text.slice(0, 200)}`);
  const data = text
    .split(/\r?\n/)
    .filter((line) => line.startsWith("data:"))
    .map((line) => line.slice(5).trim());
  must(data.at(-1) === "[DONE]", `the stream does not end with data: [DONE] (last: ${data.at(-1)?.slice(0, 200)})`);
  const chunks = data.slice(0, -1).map(parseChunk);
  must(chunks.length > 0, "no chunks before [DONE]");
  const content = chunks.map((c) => (c.choices as { delta?: { content?: unknown } }[])[0]?.delta?.content ?? "");
  must(
    content.every((c) => typeof c === "string"),
    "a delta.content is not a string",
  );
  must(content.join("").trim() !== "", "the deltas carry no text");
  const finishes = chunks.filter((c) => (c.choices as { finish_reason?: unknown }[])[0]?.finish_reason);
  must(finishes.length === 1, `${finishes.length} chunks carry a finish_reason, expected 1`);
  const last = chunks.at(-1) as Record<string, unknown>;
  must(Array.isArray(last.choices) && last.choices.length === 0, "the last chunk is not the usage chunk (choices: [])");
  return tokenUsage(last.usage);
}

function parseChunk(data: string): Record<string, unknown> {
  let chunk: unknown;
  try {
    chunk = JSON.parse(data);
  } catch {
    must(false, `an event is not JSON: ${data.slice(0, 200)}`);
  }
  must(isObject(chunk), `an event is not an object: ${data.slice(0, 200)}`);
  must(
    chunk.object === "chat.completion.chunk",
    `an event's object is ${JSON.stringify(chunk.object)}: ${data.slice(0, 200)}`,
  );
  must(Array.isArray(chunk.choices), `an event has no choices: ${data.slice(0, 200)}`);
  return chunk;
}
