/**
 * `MODEL_ALIASES` as JSON (`{"gpt-4o":"@cf/meta/llama-3.3-70b-instruct-fp8-fast"}`) or `a=b,c=d`: the one parser
 * of it, used by every worker and the router (through `modelSettingsOf`). A malformed value throws, loudly.
 */
export function parseAliases(value: string | undefined): Record<string, string> {
  const text = value?.trim();
  if (!text) return {};
  if (text.startsWith("{")) {
    const parsed = parseJsonObject(text, "MODEL_ALIASES");
    const out: Record<string, string> = {};
    for (const [alias, id] of Object.entries(parsed)) {
      if (typeof id !== "string" || !id.trim())
        throw new Error(`MODEL_ALIASES: "${alias}" must map to a model id string`);
      out[alias] = id.trim();
    }
    return out;
  }
  const out: Record<string, string> = {};
  for (const pair of text.split(",").map((s) => s.trim())) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    const alias = pair.slice(0, Math.max(at, 0)).trim();
    const id = pair.slice(at + 1).trim();
    if (at <= 0 || !alias || !id) throw new Error(`MODEL_ALIASES: "${pair}" is not alias=model`);
    out[alias] = id;
  }
  return out;
}

/** A JSON object, or an `Error` naming the variable. */
export function parseJsonObject(text: string, variable: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${variable} is not valid JSON: ${error instanceof Error ? error.message : error}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new Error(`${variable} must be a JSON object`);
  return parsed as Record<string, unknown>;
}
