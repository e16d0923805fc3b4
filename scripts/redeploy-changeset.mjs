#!/usr/bin/env node
// Writes a changeset that bumps (patch) every deployed app whose deployed bundle would change without a
// version bump: a dependency bump in pnpm-lock.yaml or the catalog, or a change to a workspace package it
// is built from (packages/core, packages/catalog), since the commit its `<app>@<version>` tag records.
// The release workflow runs it before changesets/action, so such changes reach the "Version packages"
// pull request, and merging it redeploys those apps like any other release. Apps whose current version
// is not deployed yet are left alone: their next deploy takes the current commit anyway.
//   node scripts/redeploy-changeset.mjs [--dry-run] [--remote <name> | --no-remote]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { appsInDeployOrder, changedSince, isDeployed, pickRemote, root, syncDeployState } from "./deploy-state.mjs";

export const CHANGESET = ".changeset/redeploy-changed-dependencies.md";

const args = process.argv.slice(2);
try {
  syncDeployState(pickRemote(args));
  const stale = appsInDeployOrder()
    .filter((app) => isDeployed(app.tag))
    .map((app) => ({ ...app, changed: changedSince(app.tag, app.name) }))
    .filter((app) => app.changed.length > 0);
  if (stale.length === 0) {
    console.log("Every deployed app matches its deployed commit: no redeploy changeset.");
    process.exit(0);
  }
  const text = [
    "---",
    ...stale.map((app) => `"${app.packageName}": patch`),
    "---",
    "",
    "Redeployed: what the worker is built from changed since its last deploy without a version bump.",
    "",
    ...stale.map((app) => `- ${app.name} (since \`${app.tag}\`): ${summarize(app.changed)}`),
    "",
  ].join("\n");
  if (args.includes("--dry-run")) {
    console.log(text);
    process.exit(0);
  }
  if (existsSync(join(root, CHANGESET))) console.log(`${CHANGESET} exists: rewriting it`);
  mkdirSync(dirname(join(root, CHANGESET)), { recursive: true });
  writeFileSync(join(root, CHANGESET), text);
  console.log(`wrote ${CHANGESET}:\n${text}`);
} catch (error) {
  console.error(`redeploy-changeset: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** `pnpm-lock.yaml, packages/core (2 files)`: the changed files, grouped by package. */
function summarize(files) {
  const groups = new Map();
  for (const file of files) {
    const key = file === "pnpm-lock.yaml" ? file : file.split("/").slice(0, 2).join("/");
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, n]) => (key === "pnpm-lock.yaml" || n === 1 ? key : `${key} (${n} files)`)).join(", ");
}
