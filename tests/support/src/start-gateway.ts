import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, type RunningServer, startServer } from "./start-server.ts";

/** Offline and quiet: no request.cf download, no telemetry, no update check (as scripts/dev.mjs sets too). */
const OFFLINE = {
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_SEND_ERROR_REPORTS: "false",
  WRANGLER_CHECK_FOR_UPDATES: "false",
};

/** What a spawned wrangler needs of this process's environment; nothing else (no Cloudflare token) is passed. */
const base = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...OFFLINE });

/**
 * The whole gateway as `pnpm dev` starts it (router, four workers, emulator bound as `AI`), on a free port.
 * `vars` override every worker's variables: `wrangler dev --var` reaches only the first config of a multi-worker
 * session, so they go in as process environment, which wrangler loads into every worker with
 * `CLOUDFLARE_INCLUDE_PROCESS_ENV=true` (as secrets, over the config's `vars`).
 */
export function startGateway(vars?: Record<string, string>): Promise<RunningServer> {
  if (vars) refuseLocalVarFiles();
  const env = vars ? { ...base(), ...vars, CLOUDFLARE_INCLUDE_PROCESS_ENV: "true" } : { ...base() };
  return startServer({
    args: ["scripts/dev.mjs", "--port", "{port}", "--inspector-port", "{inspector}"],
    env,
    readyPath: "/health",
  });
}

/** The emulator alone, whose default export speaks Workers AI's REST API (`/client/v4/accounts/:id/ai/run/:model`). */
export function startEmulatorRest(): Promise<RunningServer> {
  return startServer({
    args: [
      "node_modules/wrangler/bin/wrangler.js",
      "dev",
      "-c",
      "packages/emulator/wrangler.jsonc",
      "--env",
      "local",
      "--ip",
      "127.0.0.1",
      "--port",
      "{port}",
      "--inspector-port",
      "{inspector}",
      "--show-interactive-dev-session=false",
    ],
    env: base(),
    readyPath: "/",
  });
}

/**
 * wrangler reads the process environment into a worker only when its folder has no `.dev.vars`, and mixes in
 * `.env` files: either would silently keep a worker on its own settings (keys mode, the emulator).
 */
function refuseLocalVarFiles(): void {
  const found = ["apps", "packages"].flatMap((group) =>
    readdirSync(join(ROOT, group)).flatMap((app) =>
      [".dev.vars", ".env", ".env.local", ".env.local.local"]
        .map((file) => join(group, app, file))
        .filter((file) => existsSync(join(ROOT, file))),
    ),
  );
  if (found.length) {
    throw new Error(`move ${found.join(", ")} aside first: they would override the passthrough settings of the run`);
  }
}
