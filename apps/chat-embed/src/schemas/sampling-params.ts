import * as v from "valibot";

export const Integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
export const Range = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));

/** `stream_options` (OneAPI always sends `include_usage: true` on streams). */
export const StreamOptions = v.nullish(v.looseObject({ include_usage: v.nullish(v.boolean()) }));

/** The sampling fields chat completions and legacy completions share, with OpenAI's ranges (reference §4.2–4.3). */
export const SamplingParams = {
  model: v.pipe(v.string(), v.minLength(1)),
  max_tokens: v.nullish(Integer(1)),
  temperature: v.nullish(Range(0, 2)),
  top_p: v.nullish(Range(0, 1)),
  seed: v.nullish(v.pipe(v.number(), v.integer())),
  stop: v.nullish(v.union([v.string(), v.pipe(v.array(v.string()), v.maxLength(4))])),
  presence_penalty: v.nullish(Range(-2, 2)),
  frequency_penalty: v.nullish(Range(-2, 2)),
  stream: v.nullish(v.boolean()),
  stream_options: StreamOptions,
};
