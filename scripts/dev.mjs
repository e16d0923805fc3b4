#!/usr/bin/env node
// Starts the whole gateway offline in one `wrangler dev`: the router, the four workers and the Workers AI
// emulator, wired by service bindings, with the development key `sk-local-dev`.
//   node scripts/dev.mjs [--port 8787] [--ip 127.0.0.1]     (PORT and IP variables work too)
// Use the real Workers AI instead: `wrangler login`, then run one worker with `wrangler dev` (no --env).
import { spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { EMULATOR, WORKERS } from "./workers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { port: { type: "string" }, ip: { type: "string" }, "inspector-port": { type: "string" } },
});
const port = values.port ?? process.env.PORT ?? "8787";
const ip = values.ip ?? process.env.IP ?? "127.0.0.1";

const configs = [...WORKERS, EMULATOR].flatMap((w) => ["-c", w.config]);
const args = ["dev", ...configs, "--env", "local", "--ip", ip, "--port", port, "--show-interactive-dev-session=false"];
if (values["inspector-port"]) args.push("--inspector-port", values["inspector-port"]);

// The playground and /openapi.json, served by each worker as static assets (about a second to build).
const assets = spawnSync(process.execPath, ["packages/playground/scripts/build.ts"], { cwd: root, stdio: "inherit" });
if (assets.status !== 0) process.exit(assets.status ?? 1);

const wrangler = join(root, "node_modules", ".bin", "wrangler");
const child = spawn(wrangler, args, {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    // Offline: no request.cf download, no telemetry, no update check.
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    WRANGLER_SEND_METRICS: "false",
    WRANGLER_SEND_ERROR_REPORTS: "false",
    WRANGLER_CHECK_FOR_UPDATES: "false",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
