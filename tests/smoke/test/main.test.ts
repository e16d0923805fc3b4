import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const MAIN = join(import.meta.dirname, "..", "src", "main.ts");

/** Runs `pnpm smoke` (its main module) with `args` and only `env`; resolves with its exit code and output. */
function smoke(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? "", ...env } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("pnpm smoke, the program", () => {
  it("fails (exit 1) when a gateway answers 200 with the wrong shapes", async () => {
    const server = createServer((_, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'),
    );
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      const { code, out } = await smoke(["--base-url", `http://127.0.0.1:${port}`, "--key", "k"]);
      expect(code).toBe(1);
      expect(out).toMatch(/\n0 passed, 28 failed$/m);
      expect(out).toMatch(/FAIL @cf\/openai\/whisper POST \/v1\/audio\/transcriptions: text is undefined/);
    } finally {
      server.close();
    }
  });

  it("--live without credentials stops with exit 2 and says what to set", async () => {
    const { code, out } = await smoke(["--live"]);
    expect(code).toBe(2);
    expect(out).toMatch(/needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN/);
  });

  // The --live path offline: every worker in passthrough mode calls the REST API (here the emulator's REST face)
  // with the client's token as the bearer and CF_ACCOUNT_ID in the URL, exactly as it calls api.cloudflare.com.
  it("--rest-emulator passes every check through the REST API path", { timeout: 180_000 }, async () => {
    const { code, out } = await smoke(["--rest-emulator"], { HOME: process.env.HOME ?? "" });
    expect(out).toMatch(/passthrough mode, on the emulator's REST API/);
    expect(out).toMatch(/\n28 passed, 0 failed$/m);
    expect(code).toBe(0);
  });
});
