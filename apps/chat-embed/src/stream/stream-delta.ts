/** One piece of a streamed answer, whichever upstream format it came in (legacy `{response}` or OpenAI chunks). */
export type StreamDelta =
  | { type: "content"; choice: number; text: string }
  | { type: "reasoning"; choice: number; text: string }
  | { type: "tool_call"; choice: number; index: number; id?: string; name?: string; arguments?: string }
  | { type: "finish"; choice: number; reason: unknown }
  | { type: "usage"; usage: unknown };

/** Legacy tool calls without an `index` are numbered in order of arrival. */
export interface DeltaState {
  nextToolIndex: number;
}
