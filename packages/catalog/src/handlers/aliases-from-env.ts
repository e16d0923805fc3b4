import { type GatewayVars, parseAliases } from "@wai/core";

let cached: { source: string | undefined; aliases: Readonly<Record<string, string>> } | undefined;

/** `MODEL_ALIASES`, parsed once per isolate (it only changes with a deploy). A malformed value throws. */
export function aliasesFromEnv(env: Pick<GatewayVars, "MODEL_ALIASES"> | undefined): Readonly<Record<string, string>> {
  const source = env?.MODEL_ALIASES;
  if (cached === undefined || cached.source !== source) cached = { source, aliases: parseAliases(source) };
  return cached.aliases;
}
