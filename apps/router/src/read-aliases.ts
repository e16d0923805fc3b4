import { parseAliases } from "@wai/core";
import type { Env } from "./env.ts";

let cached: { source: string | undefined; aliases: Record<string, string> } | undefined;

/** `MODEL_ALIASES`, parsed once per isolate (it only changes with a deploy). */
export function readAliases(env: Env): Readonly<Record<string, string>> {
  if (cached?.source !== env.MODEL_ALIASES) {
    cached = { source: env.MODEL_ALIASES, aliases: parseAliases(env.MODEL_ALIASES) };
  }
  return cached.aliases;
}
