import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..", "..");

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** Arguments after `node`, with `{port}` and `{inspector}` replaced by free ports. */
  args: string[];
  /** The child's whole environment (nothing else of this process's is passed on). */
  env: NodeJS.ProcessEnv;
  /** Answers 200 once the server is ready. */
  readyPath: string;
}

/**
 * Starts a `wrangler dev` (through `node`) on free ports, in its own process group and with its own wrangler
 * registry (so other `wrangler dev` sessions on the machine are not bound by name), and waits until it answers.
 */
export async function startServer({ args, env, readyPath }: ServerOptions): Promise<RunningServer> {
  const [port, inspector] = [await freePort(), await freePort()];
  const registry = mkdtempSync(join(tmpdir(), "wai-smoke-registry-"));
  const child = spawn(
    process.execPath,
    args.map((a) => a.replace("{port}", String(port)).replace("{inspector}", String(inspector))),
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...env, WRANGLER_REGISTRY_PATH: registry } },
  );
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(child);
    rmSync(registry, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(`${url}${readyPath}`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in 90 s:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
