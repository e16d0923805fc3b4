import type { Limits, Model } from "../model.ts";
import { defineModel, type ModelSpec } from "./define-model.ts";

export type ChatSpec = Omit<ModelSpec, "task" | "input" | "output"> & Partial<Pick<ModelSpec, "input" | "output">>;

/**
 * The sampling floors of Workers AI's own ("legacy") text-generation schema, the same on every such model:
 * `seed` 1–9,999,999,999; `top_p` ≥ 0.001 (llama-3.3-70b-instruct-fp8-fast.json as read in reference §2.1.1;
 * later versions say ≥ 0, so 0.001 satisfies both); `frequency_penalty` / `presence_penalty` ≥ 0
 * (llama-4-scout-17b-16e-instruct.json 72582a0, deepseek-r1-distill-qwen-32b.json 0c28392,
 * mistral-small-3.1-24b-instruct.json 1263bf7, llama-3.1-8b-instruct-fast.json 1db3529,
 * llama-3.3-70b-instruct-fp8-fast.json 398302a: "minimum": 0).
 */
export const LEGACY_SAMPLING_LIMITS: Readonly<Limits> = { minTopP: 0.001, minSeed: 1, minPenalty: 0 };

/**
 * A text-generation model with Workers AI's own ("legacy") shapes unless told otherwise: `{prompt}` or
 * `{messages}` in, `{response}` out, `{"response": "..."}` SSE events when streaming (reference §2.1.1–2.1.2).
 * Legacy models get the legacy schema's sampling floors; chat-completions models state their own.
 */
export function chatModel(spec: ChatSpec): Model {
  const legacy = (spec.input ?? "prompt-messages") !== "chat-completions";
  const limits = legacy ? { ...LEGACY_SAMPLING_LIMITS, ...spec.limits } : spec.limits;
  return defineModel({
    task: "text-generation",
    input: "prompt-messages",
    output: "legacy-response",
    ...spec,
    ...(limits ? { limits } : {}),
  });
}
