#!/usr/bin/env node
// Deploys every app whose current version is not deployed yet, the workers before the router, and records
// each success as the git tag `<app>@<version>` on the deployed commit, pushed to the remote at once (see
// scripts/deploy-state.mjs). A failure stops the run: the failed app and those after it stay pending, and
// the next run deploys them, as it does for a cancelled run or several version bumps pushed together.
//   node scripts/deploy.mjs [--all] [--dry-run] [--secrets-file <path>] [--remote <name> | --no-remote]
//     --all            deploy every app, deployed or not (a full redeploy); tags only the missing ones
//     --dry-run        print the plan only
//     --secrets-file   secrets (KEY=VALUE lines or JSON) uploaded with each app, e.g. API_KEYS on a first deploy
//     --remote         where the deploy tags live (default: origin when it exists); --no-remote keeps them local
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { appsInDeployOrder, git, isDeployed, pickRemote, root, syncDeployState } from "./deploy-state.mjs";

const FLAGS = new Set(["--all", "--dry-run", "--no-remote"]);
const WITH_VALUE = new Set(["--remote", "--secrets-file"]);
const args = process.argv.slice(2);
const flagValue = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const valid = args.every((a, i) =>
  WITH_VALUE.has(args[i - 1]) ? !a.startsWith("--") : FLAGS.has(a) || (WITH_VALUE.has(a) && i + 1 < args.length),
);
if (!valid) {
  console.error("usage: deploy.mjs [--all] [--dry-run] [--secrets-file <path>] [--remote <name> | --no-remote]");
  process.exit(2);
}
const all = args.includes("--all");
const dryRun = args.includes("--dry-run");
const secretsFile = flagValue("--secrets-file");

try {
  const remote = pickRemote(args);
  syncDeployState(remote);
  const apps = appsInDeployOrder();
  const plan = apps.map((app) => ({ ...app, deployed: isDeployed(app.tag) }));
  const todo = plan.filter((app) => all || !app.deployed);
  for (const app of plan) {
    const state = app.deployed ? "deployed" : "pending";
    console.log(`${todo.includes(app) ? "›" : " "} ${app.tag} (${state})`);
  }
  // The workflow reads this to skip the build and tests when there is nothing to deploy.
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `pending=${todo.length}\n`);
  if (todo.length === 0) {
    report("Every app is deployed at its current version: nothing to deploy.");
    process.exit(0);
  }
  if (dryRun) process.exit(0);
  const dirty = git("status", "--porcelain", "--", "apps", "packages", "pnpm-lock.yaml");
  if (dirty) {
    throw new Error(`uncommitted changes, so the deploy would not match the commit its tag records:\n${dirty}`);
  }
  if (!remote) console.warn("no remote: the deploy tags stay in this clone only (--no-remote or no origin)");

  // Each app serves the playground and its /openapi.json as static assets: build them before any upload.
  const assets = join(root, "packages", "playground", "scripts", "build.ts");
  if (existsSync(assets)) {
    const built = spawnSync(process.execPath, [assets], { cwd: root, stdio: "inherit" });
    if (built.status !== 0) throw new Error("the playground assets did not build: nothing was deployed");
  }

  const head = git("rev-parse", "HEAD");
  const done = [];
  for (const app of todo) {
    console.log(`\n› wrangler deploy ${app.tag}`);
    const wranglerArgs = ["deploy", "--config", app.config, "--env="];
    if (secretsFile) wranglerArgs.push("--secrets-file", secretsFile);
    const run = spawnSync("wrangler", wranglerArgs, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, PATH: [join(root, "node_modules", ".bin"), process.env.PATH].join(delimiter) },
    });
    if (run.status !== 0) {
      const rest = todo.slice(todo.indexOf(app) + 1).map((a) => a.tag);
      const why = run.error ? run.error.message : `exit code ${run.status ?? run.signal}`;
      report(
        [
          `Deploy of ${app.tag} failed (${why}).`,
          done.length ? `Deployed and recorded: ${done.join(", ")}.` : "Nothing was deployed.",
          `Still pending: ${[app.tag, ...rest].join(", ")}; the next run deploys them.`,
        ].join("\n"),
      );
      process.exit(1);
    }
    if (!isDeployed(app.tag)) {
      git("tag", app.tag, head);
      if (remote) git("push", "--quiet", remote, `refs/tags/${app.tag}`);
    }
    done.push(app.tag);
  }
  report(`Deployed and recorded: ${done.join(", ")}.`);
} catch (error) {
  console.error(`deploy: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** Prints a closing note, and adds it to the GitHub job summary when there is one. */
function report(text) {
  console.log(`\n${text}`);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${text}\n`);
}
