import { parseAliases } from "./parse-aliases.ts";
import { parseFallbacks } from "./parse-fallbacks.ts";

/** The variables that decide how model names resolve, read by every worker and the router. */
export interface ModelVars {
  /** Alias overrides: JSON object `{"gpt-4o":"@cf/..."}` or `alias=model,alias=model`. */
  MODEL_ALIASES?: string;
  /** Ladders: JSON `{"model": ["next", ...]}`; see `parseFallbacks`. */
  MODEL_FALLBACKS?: string;
  /** `serve` (default): a retired id is served by its successor. `reject`: 404 `model_retired`. */
  RETIRED_MODELS?: string;
  /** `pass` (default): an unknown `@cf/`/`@hf/` id is sent to Workers AI. `reject`: 404. */
  UNLISTED_MODELS?: string;
}

export interface ModelSettings {
  /** `MODEL_ALIASES`, alias → id. */
  aliases: Readonly<Record<string, string>>;
  /** `MODEL_FALLBACKS`, lower-cased name → ladder. */
  fallbacks: Readonly<Record<string, readonly string[]>>;
  retired: "serve" | "reject";
  unlisted: "pass" | "reject";
}

const FIELDS = ["MODEL_ALIASES", "MODEL_FALLBACKS", "RETIRED_MODELS", "UNLISTED_MODELS"] as const;
let cached: { sources: (string | undefined)[]; settings: ModelSettings } | undefined;

/** The model variables, parsed once per isolate (they only change with a deploy). A malformed value throws. */
export function modelSettingsOf(vars: ModelVars | undefined): ModelSettings {
  const sources = FIELDS.map((name) => vars?.[name]);
  if (cached?.sources.every((value, i) => value === sources[i])) return cached.settings;
  const settings: ModelSettings = {
    aliases: parseAliases(sources[0]),
    fallbacks: parseFallbacks(sources[1]),
    retired: choice("RETIRED_MODELS", sources[2], ["serve", "reject"]),
    unlisted: choice("UNLISTED_MODELS", sources[3], ["pass", "reject"]),
  };
  cached = { sources, settings };
  return settings;
}

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly [T, T]): T {
  const text = value?.trim().toLowerCase() || allowed[0];
  if (!(allowed as readonly string[]).includes(text))
    throw new Error(`${name} must be "${allowed[0]}" or "${allowed[1]}", not "${value}"`);
  return text as T;
}
