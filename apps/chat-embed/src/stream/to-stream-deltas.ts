import { toArgumentsString } from "../chat/to-openai-tool-calls.ts";
import type { DeltaState, StreamDelta } from "./stream-delta.ts";

type Obj = Record<string, unknown>;

/**
 * One upstream SSE event as deltas (reference §1.5). OpenAI-shaped chunks (`choices[].delta`) win: hybrid frames
 * repeat the text in `response`, which is then ignored. Legacy events carry `response` text (plus a `p` padding
 * field, ignored), indexed tool-call fragments closed by a null-finalization item (ignored), or flat complete
 * calls with object arguments; a top-level `finish_reason`; and the platform's closing `{response: "", usage}`.
 */
export function toStreamDeltas(event: Obj, state: DeltaState): StreamDelta[] {
  const out: StreamDelta[] = [];
  if (Array.isArray(event.choices)) {
    for (const raw of event.choices) {
      const choice = (raw ?? {}) as Obj;
      const index = typeof choice.index === "number" ? choice.index : 0;
      const delta = (choice.delta ?? choice.message ?? {}) as Obj;
      const text = typeof choice.text === "string" ? choice.text : delta.content;
      if (typeof text === "string" && text !== "") out.push({ type: "content", choice: index, text });
      const reasoning = delta.reasoning_content ?? delta.reasoning;
      if (typeof reasoning === "string" && reasoning !== "")
        out.push({ type: "reasoning", choice: index, text: reasoning });
      if (Array.isArray(delta.tool_calls)) pushToolCalls(out, delta.tool_calls, index, state);
      if (choice.finish_reason != null) out.push({ type: "finish", choice: index, reason: choice.finish_reason });
    }
  } else {
    const response = event.response;
    if (typeof response === "string" && response !== "") out.push({ type: "content", choice: 0, text: response });
    else if (response !== undefined && response !== null && typeof response !== "string")
      out.push({ type: "content", choice: 0, text: JSON.stringify(response) });
    if (Array.isArray(event.tool_calls)) pushToolCalls(out, event.tool_calls, 0, state);
    if (event.finish_reason != null) out.push({ type: "finish", choice: 0, reason: event.finish_reason });
  }
  if (event.usage && typeof event.usage === "object") out.push({ type: "usage", usage: event.usage });
  return out;
}

function pushToolCalls(out: StreamDelta[], calls: unknown[], choice: number, state: DeltaState): void {
  for (const raw of calls) {
    if (!raw || typeof raw !== "object") continue;
    const call = raw as Obj;
    const fn = (call.function && typeof call.function === "object" ? call.function : call) as Obj;
    const name = typeof fn.name === "string" && fn.name !== "" ? fn.name : undefined;
    const args = fn.arguments === undefined || fn.arguments === null ? undefined : toArgumentsString(fn.arguments);
    if (typeof call.index !== "number" && name === undefined) continue;
    const index = typeof call.index === "number" ? call.index : state.nextToolIndex++;
    if (typeof call.index === "number") state.nextToolIndex = Math.max(state.nextToolIndex, index + 1);
    const id = typeof call.id === "string" && call.id !== "" ? call.id : undefined;
    out.push({
      type: "tool_call",
      choice,
      index,
      ...(id ? { id } : {}),
      ...(name ? { name } : {}),
      ...(args !== undefined ? { arguments: args } : {}),
    });
  }
}
