import { parseAliases } from "@wai/core";
import type { Env } from "./env.ts";

let cached: { source: string | undefined; aliases: Readonly<Record<string, string>> } | undefined;

/** `MODEL_ALIASES`, parsed once per isolate (it only changes with a deploy). Set it on the router too. */
export function readAliases(env: Env): Readonly<Record<string, string>> {
  if (cached === undefined || cached.source !== env.MODEL_ALIASES) {
    cached = { source: env.MODEL_ALIASES, aliases: parseAliases(env.MODEL_ALIASES) };
  }
  return cached.aliases;
}
