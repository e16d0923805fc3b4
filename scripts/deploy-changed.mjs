#!/usr/bin/env node
// Deploys the apps whose package.json version differs from the given git revision (the commit before the
// "Version packages" merge), workers first and the router last. `--all` deploys every app; `--dry-run`
// prints the plan only.
//   node scripts/deploy-changed.mjs <rev> | --all [--dry-run]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { WORKERS } from "./workers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const all = args.includes("--all");
const dryRun = args.includes("--dry-run");
const rev = args.find((a) => !a.startsWith("--"));
if (!all && !rev) {
  console.error("usage: deploy-changed.mjs <rev> | --all [--dry-run]");
  process.exit(2);
}

const versionAt = (file, at) => {
  try {
    return JSON.parse(execFileSync("git", ["show", `${at}:${file}`], { cwd: root, encoding: "utf8" })).version;
  } catch {
    return undefined;
  }
};

// WORKERS lists the router first (wrangler dev wants it first); deploys take it last.
const order = [...WORKERS.filter((w) => w.name !== "router"), ...WORKERS.filter((w) => w.name === "router")];
const changed = order.filter(({ name }) => {
  if (all) return true;
  const file = `apps/${name}/package.json`;
  const now = JSON.parse(readFileSync(join(root, file), "utf8")).version;
  return versionAt(file, rev) !== now;
});

if (changed.length === 0) console.log("no app changed version: nothing to deploy");
for (const { name } of changed) {
  console.log(`› deploy ${name}`);
  if (!dryRun) execFileSync("pnpm", ["--filter", `@wai/${name}`, "run", "deploy"], { cwd: root, stdio: "inherit" });
}
