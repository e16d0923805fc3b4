// Starts `wrangler dev` for a set of configs on a free port (the first config is the one served) and
// reports the CPU time its workerd processes have used, from /proc/<pid>/stat (utime + stime).
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLOCK_TICKS_PER_SECOND = 100;

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the workers of `configs` (paths from the repository root) in one `wrangler dev --env local`. */
/**
 * Local observability off (`X_LOCAL_OBSERVABILITY=false`: on, it adds 0.6–2.2 ms per request) and a private
 * registry (`WRANGLER_REGISTRY_PATH`), so workers of other `wrangler dev` sessions on this machine are never
 * bound by name. `inspectorPort` is returned for CPU profiles (bench/profile.mjs).
 */
export async function startLocalWorker(configs, { healthPath = "/health" } = {}) {
  const port = await freePort();
  const inspector = await freePort();
  const args = ["dev", ...configs.flatMap((c) => ["-c", c]), "--env", "local", "--ip", "127.0.0.1"];
  args.push("--port", String(port), "--inspector-port", String(inspector), "--show-interactive-dev-session=false");
  const child = spawn(join(ROOT, "node_modules", ".bin", "wrangler"), args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: {
      ...process.env,
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      WRANGLER_SEND_METRICS: "false",
      WRANGLER_LOG: "warn",
      X_LOCAL_OBSERVABILITY: "false",
      WRANGLER_REGISTRY_PATH: mkdtempSync(join(tmpdir(), "wai-bench-registry-")),
    },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler exited:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler did not start:\n${output}`);
    }
    try {
      const res = await fetch(url + healthPath);
      await res.arrayBuffer();
      if (res.status < 500) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop, inspectorPort: inspector, cpuMs: () => workerdCpuMs(child.pid, { precise: true }) };
}

/** The workerd processes below `rootPid`, with their CPU ticks so far (utime + stime). */
export function workerdProcesses(rootPid) {
  const parents = new Map();
  const names = new Map();
  const times = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const name = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      const pid = Number(entry);
      parents.set(pid, Number(fields[1]));
      names.set(pid, name);
      times.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {}
  }
  const isBelow = (pid) => {
    for (let p = parents.get(pid); p; p = parents.get(p)) if (p === rootPid) return true;
    return false;
  };
  return [...names]
    .filter(([pid, name]) => name.startsWith("workerd") && isBelow(pid))
    .map(([pid]) => ({ pid, ticks: times.get(pid) }));
}

/** The pids of the workerd processes below `rootPid`. */
export const workerdPids = (rootPid) => workerdProcesses(rootPid).map((p) => p.pid);

/**
 * CPU milliseconds used so far by the workerd processes below `rootPid`. `precise`: the sum over their threads
 * of `/proc/<pid>/task/<tid>/schedstat` (nanoseconds on CPU) instead of utime + stime (10 ms ticks); a thread
 * that exits between two readings takes its time with it, which workerd's long-lived threads do not.
 */
export function workerdCpuMs(rootPid, { precise = false } = {}) {
  const processes = workerdProcesses(rootPid);
  if (precise) {
    try {
      let ns = 0;
      for (const { pid } of processes)
        for (const tid of readdirSync(`/proc/${pid}/task`))
          ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
      return ns / 1e6;
    } catch {}
  }
  const ticks = processes.reduce((sum, p) => sum + p.ticks, 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
