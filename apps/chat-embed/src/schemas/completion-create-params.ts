import * as v from "valibot";
import { StreamOptions } from "./chat-completion-create-params.ts";

const Integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const Range = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));

/** `CreateCompletionRequest` (reference §4.3). Token-id prompts are refused by the handler with a clear 400. */
export const CompletionCreateParams = v.looseObject({
  model: v.pipe(v.string(), v.minLength(1)),
  prompt: v.union([
    v.pipe(v.string(), v.minLength(1, "prompt must not be empty")),
    v.pipe(v.array(v.unknown()), v.minLength(1, "prompt must hold at least one item")),
  ]),
  max_tokens: v.nullish(Integer(1)),
  temperature: v.nullish(Range(0, 2)),
  top_p: v.nullish(Range(0, 1)),
  seed: v.nullish(v.pipe(v.number(), v.integer())),
  stop: v.nullish(v.union([v.string(), v.pipe(v.array(v.string()), v.maxLength(4))])),
  presence_penalty: v.nullish(Range(-2, 2)),
  frequency_penalty: v.nullish(Range(-2, 2)),
  stream: v.nullish(v.boolean()),
  stream_options: StreamOptions,
  n: v.nullish(Integer(1, 128)),
  best_of: v.nullish(Integer(1, 20)),
  echo: v.nullish(v.boolean()),
  logprobs: v.nullish(Integer(0, 5)),
  suffix: v.nullish(v.string()),
  user: v.nullish(v.string()),
});
export type CompletionCreateParams = v.InferOutput<typeof CompletionCreateParams>;
