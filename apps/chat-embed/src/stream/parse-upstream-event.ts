type Obj = Record<string, unknown>;

/**
 * One upstream SSE `data:` payload: `done` for `[DONE]`, `error` (a message) for an error event, `json` for an
 * event to map, `skip` for a keep-alive or a malformed event (nothing a client could use).
 */
export function parseUpstreamEvent(
  data: string,
): { kind: "done" } | { kind: "error"; message: string } | { kind: "json"; json: Obj } | { kind: "skip" } {
  if (data === "[DONE]") return { kind: "done" };
  const json = parseObject(data);
  if (!json) return { kind: "skip" };
  const error = json.error ?? (Array.isArray(json.errors) ? json.errors[0] : undefined);
  if (error !== undefined) return { kind: "error", message: `Workers AI failed mid-stream: ${describe(error)}` };
  return { kind: "json", json };
}

function parseObject(data: string): Obj | undefined {
  try {
    const value: unknown = JSON.parse(data);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Obj) : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (typeof error === "string") return error;
  const message = (error as { message?: unknown })?.message;
  return typeof message === "string" ? message : JSON.stringify(error).slice(0, 300);
}
