import type { AiClient } from "@wai/core";
import { asRunInputs, type UpstreamInputs } from "../upstream-inputs.ts";
import { isEmptyAnswer } from "./is-empty-answer.ts";

/**
 * Runs a model, streamed when asked. A streamed request answered with JSON is named in `notes`: with content it
 * is streamed from that answer; without (gpt-oss over `/ai/run`, see `isEmptyAnswer`) the request is made once
 * more without streaming, and that answer is the one streamed to the client.
 */
export async function runWithJsonFallback(
  ai: AiClient,
  modelId: string,
  inputsFor: (stream: boolean) => UpstreamInputs,
  stream: boolean,
  notes: string[],
): Promise<unknown> {
  const output = await ai.run(modelId, asRunInputs(inputsFor(stream)));
  if (!stream || output instanceof ReadableStream) return output;
  if (!isEmptyAnswer(output)) {
    notes.push("stream: Workers AI answered JSON to a streamed request; streamed from that answer");
    return output;
  }
  notes.push("stream: Workers AI answered JSON without content to a streamed request; asked again without streaming");
  return ai.run(modelId, asRunInputs(inputsFor(false)));
}
