import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..", "..");

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** The translate worker and the emulator in one offline `wrangler dev --env local`, KV in a fresh folder. */
export async function startLocalTranslate(): Promise<{ url: string; stop: () => Promise<void> }> {
  const [port, inspector] = [await freePort(), await freePort()];
  const args = [
    join(ROOT, "node_modules/wrangler/bin/wrangler.js"),
    "dev",
    ...["-c", "apps/translate/wrangler.jsonc", "-c", "packages/emulator/wrangler.jsonc", "--env", "local"],
    ...["--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspector)],
    ...["--persist-to", mkdtempSync(join(tmpdir(), "wai-translate-")), "--show-interactive-dev-session=false"],
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      WRANGLER_SEND_METRICS: "false",
      WRANGLER_CHECK_FOR_UPDATES: "false",
      WRANGLER_REGISTRY_PATH: mkdtempSync(join(tmpdir(), "wai-registry-")),
    },
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  for (const deadline = Date.now() + 80_000; ; ) {
    if (child.exitCode !== null) throw new Error(`wrangler exited:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler did not start:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      await res.arrayBuffer();
      if (res.ok) return { url, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
}
