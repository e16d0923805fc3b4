import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const MAIN = join(import.meta.dirname, "..", "src", "main.ts");
const run = (args: string[]) =>
  spawnSync(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" });

describe("pnpm catalog:diff, the program", () => {
  it("without credentials compares against the recorded answer, says so, and exits 1 on its drift", () => {
    const { status, stdout } = run([]);
    expect(stdout).toMatch(/a constructed sample, not the live list/);
    expect(stdout).toMatch(/\+ @cf\/example-ai\/nova-chat-9b {2}\[text-generation\]/);
    expect(status).toBe(1);
  });

  it("--json gives the three lists", () => {
    const { stdout } = run(["--json"]);
    const out = JSON.parse(stdout);
    expect([out.added.length, out.retired.length, out.changed.length]).toEqual([2, 2, 5]);
  });

  it("exits 2 on an unreadable fixture", () => {
    const { status, stderr } = run(["--fixture", "/nonexistent/models.json"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/pnpm catalog:diff failed: ENOENT/);
  });
});
