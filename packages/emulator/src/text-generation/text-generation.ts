import type { Faults } from "../faults.ts";
import type { TextGenerationModel as Model } from "../model.ts";
import { bytesOutput, jsonOutput, type Output } from "../output.ts";
import { toSseStream } from "../sse.ts";
import type { Obj } from "../validate.ts";
import { composeAnswer } from "./answer.ts";
import { toChatCompletion, toTextCompletion } from "./chat-completion.ts";
import { chatCompletionChunks } from "./chat-stream.ts";
import { legacyEvents, toLegacyOutput } from "./legacy-output.ts";
import { readTextRequest } from "./validate-text.ts";

/**
 * Text generation in the model's output style: legacy `{response}` or OpenAI `chat.completion`, as JSON or, with
 * `stream: true`, as SSE. `created` is the real clock (seconds); everything else depends only on the input.
 */
export function textGeneration(model: Model, inputs: Obj, faults: Faults): Output {
  const req = readTextRequest(model, inputs);
  const created = Math.floor(Date.now() / 1000);
  const answers = Array.from({ length: req.n }, (_, i) => composeAnswer(model, req, i));
  const chat = model.stream === "openai-chunks";
  // `#fault:json-stream`: some models (gpt-oss, Kimi) answer a streamed /ai/run with JSON and an empty result
  // instead of SSE; Cloudflare's workers-ai-provider ignores that body and asks again with `stream: false`.
  if (req.stream && faults.jsonStream) return jsonOutput({});
  if (req.stream) {
    const first = answers[0] ?? composeAnswer(model, req);
    const events = chat ? chatCompletionChunks(model, first, created, req.includeUsage) : legacyEvents(first);
    const stream = toSseStream(events, { delayMs: faults.slow ? 50 : 0, ...(faults.broken ? { breakAfter: 3 } : {}) });
    return bytesOutput(stream, "text/event-stream");
  }
  if (model.output === "legacy") return jsonOutput(toLegacyOutput(model, answers[0] ?? composeAnswer(model, req)));
  return jsonOutput(
    req.fromPrompt ? toTextCompletion(model, answers, created) : toChatCompletion(model, answers, created),
  );
}
