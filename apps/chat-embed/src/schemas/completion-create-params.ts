import * as v from "valibot";
import { Integer, SamplingParams } from "./sampling-params.ts";

/** `CreateCompletionRequest` (reference §4.3). Token-id prompts are refused by the handler with a clear 400. */
export const CompletionCreateParams = v.looseObject({
  ...SamplingParams,
  prompt: v.union([
    v.pipe(v.string(), v.minLength(1, "prompt must not be empty")),
    v.pipe(v.array(v.unknown()), v.minLength(1, "prompt must hold at least one item")),
  ]),
  n: v.nullish(Integer(1, 128)),
  best_of: v.nullish(Integer(1, 20)),
  echo: v.nullish(v.boolean()),
  logprobs: v.nullish(Integer(0, 5)),
  suffix: v.nullish(v.string()),
  user: v.nullish(v.string()),
});
export type CompletionCreateParams = v.InferOutput<typeof CompletionCreateParams>;
