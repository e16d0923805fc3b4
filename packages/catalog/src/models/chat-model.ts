import type { Model } from "../model.ts";
import { defineModel, type ModelSpec } from "./define-model.ts";

export type ChatSpec = Omit<ModelSpec, "task" | "input" | "output"> & Partial<Pick<ModelSpec, "input" | "output">>;

/**
 * A text-generation model with Workers AI's own ("legacy") shapes unless told otherwise: `{prompt}` or
 * `{messages}` in, `{response}` out, `{"response": "..."}` SSE events when streaming (reference §2.1.1–2.1.2).
 */
export function chatModel(spec: ChatSpec): Model {
  return defineModel({ task: "text-generation", input: "prompt-messages", output: "legacy-response", ...spec });
}
