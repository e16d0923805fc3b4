import { parseJsonObject } from "./parse-aliases.ts";

/**
 * `MODEL_FALLBACKS`: JSON `{"model": ["next", "next"]}`, keys and entries being ids, short ids or aliases. The
 * ladder a model's requests climb when it is out of capacity, retired, timing out or failing upstream. Keys
 * match case-insensitively, as aliases do. A malformed value throws, loudly.
 */
export function parseFallbacks(value: string | undefined): Readonly<Record<string, readonly string[]>> {
  const text = value?.trim();
  if (!text) return {};
  const out: Record<string, string[]> = {};
  for (const [name, ladder] of Object.entries(parseJsonObject(text, "MODEL_FALLBACKS"))) {
    const list = typeof ladder === "string" ? [ladder] : ladder;
    if (!Array.isArray(list) || list.length === 0 || list.some((entry) => typeof entry !== "string" || !entry.trim()))
      throw new Error(`MODEL_FALLBACKS: "${name}" must map to a list of model names`);
    out[name.toLowerCase()] = list.map((entry: string) => entry.trim());
  }
  return out;
}
