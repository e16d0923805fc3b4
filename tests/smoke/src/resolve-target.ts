import { parseArgs } from "node:util";

/** Where `pnpm smoke` sends its requests. */
export type SmokeTarget =
  /** The local gateway on the emulator, started and stopped by the run (the default). */
  | { kind: "local" }
  /** A gateway already running (a deployment, or `pnpm dev`). */
  | { kind: "url"; baseUrl: string; key: string }
  /** The local gateway in passthrough mode: every worker calls Workers AI's REST API with this token. */
  | { kind: "live"; accountId: string; token: string; apiBaseUrl: string | undefined }
  /** Passthrough too, against the emulator's REST face: the live path, offline. */
  | { kind: "rest-emulator" };

export interface SmokeOptions {
  target: SmokeTarget;
  /** Only the cases whose model or route contains one of these. */
  only: string[];
}

export const USAGE = `pnpm smoke [--live | --base-url <url> --key <key> | --rest-emulator] [--only <text>]...

  (no option)      start the local gateway on the Workers AI emulator, run every check, stop it
  --live           start the local gateway in passthrough mode against the real Workers AI REST API;
                   needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN (Workers AI Read + Edit)
  --base-url, --key  run against a gateway that is already running (a deployment, or pnpm dev)
  --rest-emulator  the --live path offline: passthrough mode against the emulator's REST API
  --only <text>    only the requests whose model or route contains <text> (repeatable)

Exit code: 0 when every answer is right, 1 when any is wrong, 2 when the run could not start.`;

/** The command line and environment as a target; a string is the error to print (exit code 2), or `USAGE` for --help. */
export function resolveTarget(argv: string[], env: Record<string, string | undefined>): SmokeOptions | string {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    return `${error instanceof Error ? error.message : error}\n\n${USAGE}`;
  }
  const only = values.only ?? [];
  const chosen = [values.live, values["base-url"] !== undefined, values["rest-emulator"]].filter(Boolean).length;
  if (values.help) return USAGE;
  if (chosen > 1) return `Choose one of --live, --base-url and --rest-emulator.\n\n${USAGE}`;
  if (values["base-url"] !== undefined) {
    const key = values.key ?? env.SMOKE_KEY;
    if (!key)
      return "--base-url needs --key <key> (or SMOKE_KEY): the gateway's API key, or in passthrough mode a Cloudflare API token.";
    return { target: { kind: "url", baseUrl: values["base-url"], key }, only };
  }
  if (values["rest-emulator"]) return { target: { kind: "rest-emulator" }, only };
  if (!values.live) return { target: { kind: "local" }, only };
  const accountId = env.CLOUDFLARE_ACCOUNT_ID?.trim();
  const token = env.CLOUDFLARE_API_TOKEN?.trim();
  if (!accountId || !token) {
    const missing = [!accountId && "CLOUDFLARE_ACCOUNT_ID", !token && "CLOUDFLARE_API_TOKEN"].filter(Boolean);
    return [
      `pnpm smoke --live calls the real Workers AI and needs ${missing.join(" and ")}.`,
      "Set CLOUDFLARE_ACCOUNT_ID to your account id (dashboard → Workers & Pages → Account details) and",
      "CLOUDFLARE_API_TOKEN to an API token with the Workers AI Read and Workers AI Edit permissions, then run again.",
    ].join("\n");
  }
  return {
    target: { kind: "live", accountId, token, apiBaseUrl: env.CLOUDFLARE_API_BASE_URL?.trim() || undefined },
    only,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      live: { type: "boolean" },
      "base-url": { type: "string" },
      key: { type: "string" },
      "rest-emulator": { type: "boolean" },
      only: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
  });
}
