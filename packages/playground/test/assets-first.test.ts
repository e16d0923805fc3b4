import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");
const APPS = ["router", "chat-embed", "image", "whisper", "translate"];

/** The `run_worker_first` patterns of an app's wrangler.jsonc (one line, as the configs write it). */
function runWorkerFirst(app: string): string[] {
  const config = readFileSync(join(root, "apps", app, "wrangler.jsonc"), "utf8");
  const line = /"run_worker_first":\s*(\[[^\]]*\])/.exec(config)?.[1];
  if (!line) throw new Error(`apps/${app}/wrangler.jsonc has no run_worker_first`);
  return JSON.parse(line) as string[];
}

describe("assets and the worker: every API path runs the worker first, the playground's files are assets", () => {
  it.each(APPS)("%s: the exclusions are exactly the files the build writes, plus /", (app) => {
    const patterns = runWorkerFirst(app);
    expect(patterns[0]).toBe("/*");
    const excluded = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
    const files = readdirSync(join(import.meta.dirname, "..", "dist", app)).map((f) => `/${f}`);
    expect(new Set(excluded)).toEqual(new Set(["/", ...files]));
  });
});
