#!/usr/bin/env node
import { startEmulatorRest, startGateway } from "@wai/test-support/start-gateway";
import type { RunningServer } from "@wai/test-support/start-server";
// `pnpm smoke`: one request per route and model family, each answer's shape checked, printed as a table.
// See `pnpm smoke --help` and the README's "Check a deployment against the real service".
import { formatTable } from "./format-table.ts";
import { resolveTarget, type SmokeTarget, USAGE } from "./resolve-target.ts";
import { runCase, type SmokeRow } from "./run-case.ts";
import { SMOKE_CASES } from "./smoke-cases.ts";

const LOCAL_KEY = "sk-local-dev";
const OFFLINE_ACCOUNT = "smoke-offline-account";
const OFFLINE_TOKEN = "smoke-offline-token";

const options = resolveTarget(process.argv.slice(2), process.env);
if (options === USAGE) {
  console.log(USAGE);
  process.exit(0);
}
if (typeof options === "string") {
  console.error(options);
  process.exit(2);
}

const servers: RunningServer[] = [];
const stopAll = () => Promise.all(servers.splice(0).map((s) => s.stop()));
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void stopAll().then(() => process.exit(130)));

let rows: SmokeRow[];
try {
  const { baseUrl, key, label } = await connect(options.target);
  const cases = SMOKE_CASES.filter(
    (c) => options.only.length === 0 || options.only.some((o) => c.model.includes(o) || c.route.includes(o)),
  );
  console.log(`pnpm smoke: ${cases.length} requests to ${label}\n`);
  rows = [];
  for (const c of cases) rows.push(await runCase(c, { baseUrl, key }));
} catch (error) {
  console.error(`pnpm smoke could not run: ${error instanceof Error ? error.message : error}`);
  await stopAll();
  process.exit(2);
}
await stopAll();
console.log(formatTable(rows));
process.exit(rows.some((r) => r.problem) ? 1 : 0);

/** Starts what the target needs; returns where to send requests and with which key. */
async function connect(target: SmokeTarget): Promise<{ baseUrl: string; key: string; label: string }> {
  if (target.kind === "url") return { baseUrl: target.baseUrl, key: target.key, label: target.baseUrl };
  if (target.kind === "local") {
    const gateway = await started(startGateway());
    return { baseUrl: gateway.url, key: LOCAL_KEY, label: `the local gateway on the emulator (${gateway.url})` };
  }
  if (target.kind === "live") {
    const vars = { AUTH_MODE: "passthrough", CF_ACCOUNT_ID: target.accountId };
    const gateway = await started(
      startGateway(target.apiBaseUrl ? { ...vars, CF_API_BASE_URL: target.apiBaseUrl } : vars),
    );
    const api = target.apiBaseUrl ?? "https://api.cloudflare.com/client/v4";
    return { baseUrl: gateway.url, key: target.token, label: `the local gateway in passthrough mode, on ${api}` };
  }
  const emulator = await started(startEmulatorRest());
  const apiBaseUrl = `${emulator.url}/client/v4`;
  const gateway = await started(
    startGateway({ AUTH_MODE: "passthrough", CF_ACCOUNT_ID: OFFLINE_ACCOUNT, CF_API_BASE_URL: apiBaseUrl }),
  );
  return {
    baseUrl: gateway.url,
    key: OFFLINE_TOKEN,
    label: `the local gateway in passthrough mode, on the emulator's REST API (${apiBaseUrl})`,
  };
}

async function started(server: Promise<RunningServer>): Promise<RunningServer> {
  const running = await server;
  servers.push(running);
  return running;
}
