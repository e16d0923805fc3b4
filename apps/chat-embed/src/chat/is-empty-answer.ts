/**
 * Whether a JSON answer to a streamed request holds nothing to deliver. gpt-oss (and Kimi) may not stream over
 * `/ai/run`: asked for SSE they answer JSON with an empty result, which Cloudflare's own provider meets by
 * asking again without streaming (cloudflare/ai packages/workers-ai-provider, changeset "Fix REST streaming for
 * models that don't support it on /ai/run/ (GPT-OSS, Kimi) by retrying without streaming"; reference Addendum).
 * Empty: nothing at all, `{}`, `{response: ""}`, a `chat.completion` whose choices carry no content and no tool
 * call, or any of these inside the REST envelope's `result`.
 */
export function isEmptyAnswer(output: unknown): boolean {
  if (output === null || output === undefined || output === "") return true;
  if (typeof output !== "object") return false;
  const out = output as Record<string, unknown>;
  if ("result" in out && !("response" in out) && !("choices" in out)) return isEmptyAnswer(out.result);
  if (hasToolCalls(out.tool_calls) || hasText(out.response) || hasText(out.description)) return false;
  return Array.isArray(out.choices) ? out.choices.every(isEmptyChoice) : true;
}

function isEmptyChoice(choice: unknown): boolean {
  const c = (choice ?? {}) as Record<string, unknown>;
  const message = (c.message ?? c.delta ?? {}) as Record<string, unknown>;
  return !hasText(message.content) && !hasText(c.text) && !hasToolCalls(message.tool_calls);
}

const hasText = (value: unknown) =>
  (typeof value === "string" && value !== "") ||
  (value !== null && typeof value === "object") ||
  typeof value === "number";
const hasToolCalls = (value: unknown) => Array.isArray(value) && value.length > 0;
