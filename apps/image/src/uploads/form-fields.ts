/** Multipart carries only text: these fields are numbers in OpenAI's schema (and our extensions). */
const NUMERIC = new Set(["n", "seed", "guidance", "steps", "strength"]);
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * A multipart form's text fields as the JSON object the same schema validates: numeric fields as numbers when
 * they read as one (otherwise kept as text, so the schema names them), `stream` as a boolean. A field sent twice
 * keeps its last value. File parts other than the skipped ones stay as they are, so the schema refuses them.
 */
export function formFields(form: FormData, skip: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form) {
    if (skip.includes(key)) continue;
    if (typeof value !== "string") out[key] = value;
    else if (NUMERIC.has(key) && NUMBER.test(value.trim())) out[key] = Number(value);
    else if (key === "stream" && (value === "true" || value === "false")) out[key] = value === "true";
    else out[key] = value;
  }
  return out;
}
