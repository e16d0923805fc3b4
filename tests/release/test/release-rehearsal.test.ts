import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The release path, rehearsed offline: the project's own deploy scripts, copied into a temporary repository
// with a bare "origin" beside it (GitHub), each "workflow run" a fresh full clone of origin (as
// actions/checkout with fetch-depth: 0 makes), and `wrangler` replaced by a recorder on PATH that logs its
// command line (and fails for one app when told to).

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const SCRIPTS = ["deploy.mjs", "deploy-state.mjs", "redeploy-changeset.mjs", "workers.mjs"];
const APPS = ["router", "chat-embed", "image", "whisper", "translate"];
const deployOf = (app: string) => `wrangler deploy --config apps/${app}/wrangler.jsonc --env=`;

const GIT_ENV = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "rehearsal",
  GIT_AUTHOR_EMAIL: "rehearsal@example.invalid",
  GIT_COMMITTER_NAME: "rehearsal",
  GIT_COMMITTER_EMAIL: "rehearsal@example.invalid",
};

let base: string;
/** Every run's recorded wrangler commands, written to $REHEARSAL_TRANSCRIPT (when set) for reading. */
const transcript: string[] = [];
/** The scripts' environment: git isolated from this machine's config, the recorder first on PATH, and no
 * GitHub step files (when these tests run inside a workflow, the scripts must not write to its own). */
const scriptEnv = (extra: Record<string, string> = {}) => ({
  ...process.env,
  ...GIT_ENV,
  PATH: `${join(base, "bin")}:${process.env.PATH}`,
  GITHUB_OUTPUT: "",
  GITHUB_STEP_SUMMARY: "",
  WRANGLER_LOG: "/dev/null",
  ...extra,
});
let runs = 0;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "wai-release-"));
  mkdirSync(join(base, "bin"));
  // The recorder: appends its arguments to $WRANGLER_LOG; fails when they mention $WRANGLER_FAIL.
  const recorder = join(base, "bin", "wrangler");
  writeFileSync(
    recorder,
    [
      "#!/bin/sh",
      'echo "wrangler $*" >> "$WRANGLER_LOG"',
      'if [ -n "$WRANGLER_FAIL" ]; then case "$*" in *"$WRANGLER_FAIL"*) echo "recorded failure" >&2; exit 1;; esac; fi',
      "exit 0",
      "",
    ].join("\n"),
  );
  chmodSync(recorder, 0o755);
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  if (process.env.REHEARSAL_TRANSCRIPT) writeFileSync(process.env.REHEARSAL_TRANSCRIPT, transcript.join("\n"));
});

function git(cwd: string, ...args: string[]): string {
  const out = spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV } });
  if (out.status !== 0) throw new Error(`git ${args.join(" ")}: ${out.stderr}`);
  return out.stdout.trim();
}

function write(dir: string, file: string, text: string) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const manifest = (name: string, version: string, deps: Record<string, string> = {}) =>
  `${JSON.stringify({ name, version, private: true, dependencies: deps }, null, 2)}\n`;

/** A repository shaped like the project (five apps on packages/core), pushed to a bare origin. */
function project(name: string) {
  const work = join(base, name, "work");
  const origin = join(base, name, "origin.git");
  mkdirSync(work, { recursive: true });
  git(work, "init", "--quiet", "--initial-branch=main");
  for (const script of SCRIPTS) {
    mkdirSync(join(work, "scripts"), { recursive: true });
    copyFileSync(join(REPO, "scripts", script), join(work, "scripts", script));
  }
  for (const app of APPS) {
    write(work, `apps/${app}/package.json`, manifest(`@wai/${app}`, "0.1.0", { "@wai/core": "workspace:*" }));
    write(work, `apps/${app}/wrangler.jsonc`, `{ "name": "wai-${app}", "keep_vars": true }\n`);
    write(work, `apps/${app}/src/index.ts`, `export default "${app}";\n`);
  }
  write(work, "packages/core/package.json", manifest("@wai/core", "0.1.0"));
  write(work, "packages/core/src/index.ts", "export const core = 1;\n");
  write(work, "packages/emulator/package.json", manifest("@wai/emulator", "0.1.0", { "@wai/core": "workspace:*" }));
  write(work, "packages/emulator/src/index.ts", "export const emulator = 1;\n");
  write(work, "pnpm-lock.yaml", "lockfileVersion: '9.0'\nwrangler: 4.164.0\n");
  git(work, "add", "-A");
  git(work, "commit", "--quiet", "-m", "initial");
  git(base, "clone", "--quiet", "--bare", work, origin);
  git(work, "remote", "add", "origin", origin);
  git(work, "fetch", "--quiet", "origin");
  git(work, "branch", "--quiet", "--set-upstream-to=origin/main");
  return { work, origin };
}

/** One commit in the developer's clone (not pushed yet). */
function commit(work: string, message: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) write(work, file, text);
  git(work, "add", "-A");
  git(work, "commit", "--quiet", "-m", message);
}

const bump = (app: string, version: string) => ({
  [`apps/${app}/package.json`]: manifest(`@wai/${app}`, version, { "@wai/core": "workspace:*" }),
});

/** A workflow run: a fresh full clone of origin, then the script, with the recorder as `wrangler`. */
function workflowRun(
  origin: string,
  script: string,
  args: string[] = [],
  fail?: string,
  clone = ["--quiet"],
  env: Record<string, string> = {},
) {
  const dir = join(base, `run-${++runs}`);
  git(base, "clone", ...clone, `file://${origin}`, dir);
  const log = join(dir, "..", `run-${runs}.log`);
  writeFileSync(log, "");
  const out = spawnSync(process.execPath, [join("scripts", script), ...args], {
    cwd: dir,
    encoding: "utf8",
    env: scriptEnv({ WRANGLER_LOG: log, WRANGLER_FAIL: fail ?? "", ...env }),
  });
  const calls = readFileSync(log, "utf8").split("\n").filter(Boolean);
  const name = expect.getState().currentTestName?.split(" > ").pop();
  transcript.push(`[${name}] ${script} ${args.join(" ")} → exit ${out.status}`, ...calls.map((c) => `    ${c}`));
  return { status: out.status, calls, stdout: out.stdout, stderr: out.stderr, dir };
}

const deploy = (origin: string, args: string[] = [], fail?: string) => workflowRun(origin, "deploy.mjs", args, fail);
const tags = (origin: string) => git(origin, "tag", "--list").split("\n").filter(Boolean).sort();

describe("release rehearsal (wrangler recorded, git repositories built here)", () => {
  it("first release: nothing deployed, so every app, the workers before the router, each recorded as a tag", () => {
    const { origin } = project("first");
    const run = deploy(origin);
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toEqual([
      deployOf("chat-embed"),
      deployOf("image"),
      deployOf("whisper"),
      deployOf("translate"),
      deployOf("router"),
    ]);
    expect(tags(origin)).toEqual(APPS.map((app) => `${app}@0.1.0`).sort());
    // The tags point at the deployed commit.
    expect(git(origin, "rev-parse", "router@0.1.0^{commit}")).toBe(git(origin, "rev-parse", "main"));

    // A run with nothing new deploys nothing.
    const again = deploy(origin);
    expect(again.status).toBe(0);
    expect(again.calls).toEqual([]);
    expect(again.stdout).toContain("nothing to deploy");
  });

  it("one app bumped: only that app", () => {
    const { work, origin } = project("one-bump");
    expect(deploy(origin).status).toBe(0);
    commit(work, "Version packages", bump("image", "0.1.1"));
    git(work, "push", "--quiet", "origin", "main");
    const run = deploy(origin);
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toEqual([deployOf("image")]);
    expect(tags(origin)).toContain("image@0.1.1");
  });

  it("a failure in the middle: the rerun deploys the failed app and those after it, not those already done", () => {
    const { work, origin } = project("failure");
    expect(deploy(origin).status).toBe(0);
    commit(work, "Version packages", {
      ...bump("chat-embed", "0.2.0"),
      ...bump("whisper", "0.2.0"),
      ...bump("translate", "0.2.0"),
      ...bump("router", "0.2.0"),
    });
    git(work, "push", "--quiet", "origin", "main");

    const failed = deploy(origin, [], "apps/whisper/");
    expect(failed.status).toBe(1);
    expect(failed.calls).toEqual([deployOf("chat-embed"), deployOf("whisper")]);
    expect(failed.stdout).toContain("Still pending: whisper@0.2.0, translate@0.2.0, router@0.2.0");
    expect(tags(origin)).toContain("chat-embed@0.2.0");
    expect(tags(origin)).not.toContain("whisper@0.2.0");

    const rerun = deploy(origin);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.calls).toEqual([deployOf("whisper"), deployOf("translate"), deployOf("router")]);
    expect(tags(origin)).toEqual(
      expect.arrayContaining(["chat-embed@0.2.0", "whisper@0.2.0", "translate@0.2.0", "router@0.2.0"]),
    );
  });

  it("several commits in one push (or a cancelled run): everything not yet deployed", () => {
    const { work, origin } = project("several");
    expect(deploy(origin).status).toBe(0);
    commit(work, "Version packages", bump("translate", "0.1.1"));
    commit(work, "Version packages", bump("router", "0.1.1"));
    commit(work, "docs only", { "README.md": "docs\n" });
    git(work, "push", "--quiet", "origin", "main");
    // The old rule ("version differs from HEAD~1") would have seen no change at the last commit.
    const run = deploy(origin);
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toEqual([deployOf("translate"), deployOf("router")]);
  });

  it("a dependency bump without a version bump: a changeset for every deployed app, then their redeploy", () => {
    const { work, origin } = project("deps");
    expect(deploy(origin).status).toBe(0);
    commit(work, "bump wrangler", { "pnpm-lock.yaml": "lockfileVersion: '9.0'\nwrangler: 4.165.0\n" });
    git(work, "push", "--quiet", "origin", "main");
    expect(deploy(origin).calls).toEqual([]); // versions unchanged: the deploy alone would miss it

    const planned = workflowRun(origin, "redeploy-changeset.mjs");
    expect(planned.status, planned.stderr).toBe(0);
    const changeset = readFileSync(join(planned.dir, ".changeset/redeploy-changed-dependencies.md"), "utf8");
    for (const app of APPS) expect(changeset).toContain(`"@wai/${app}": patch`);
    expect(changeset).toContain("- image (since `image@0.1.0`): pnpm-lock.yaml");

    // Merging the version PR bumps them all; the next run redeploys them all.
    commit(work, "Version packages", Object.assign({}, ...APPS.map((app) => bump(app, "0.1.1"))));
    git(work, "push", "--quiet", "origin", "main");
    const run = deploy(origin);
    expect(run.calls).toHaveLength(5);
    expect(workflowRun(origin, "redeploy-changeset.mjs").stdout).toContain("no redeploy changeset");
  });

  it("a shared package change reaches only the apps built from it", () => {
    const { work, origin } = project("shared");
    commit(work, "image does not use core", {
      "apps/image/package.json": manifest("@wai/image", "0.1.0"),
    });
    git(work, "push", "--quiet", "origin", "main");
    expect(deploy(origin).status).toBe(0);
    commit(work, "core fix", { "packages/core/src/index.ts": "export const core = 2;\n" });
    commit(work, "emulator only", { "packages/emulator/src/index.ts": "export const emulator = 2;\n" });
    git(work, "push", "--quiet", "origin", "main");
    const planned = workflowRun(origin, "redeploy-changeset.mjs", ["--dry-run"]);
    expect(planned.stdout).toContain('"@wai/chat-embed": patch');
    expect(planned.stdout).not.toContain('"@wai/image": patch');
    expect(planned.stdout).toContain("- router (since `router@0.1.0`): packages/core");
  });

  it("a shallow clone is refused, never read as 'nothing deployed' (no deploy at all)", () => {
    const { origin } = project("shallow");
    expect(deploy(origin).status).toBe(0);
    const run = workflowRun(origin, "deploy.mjs", [], undefined, ["--quiet", "--depth=1"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("shallow clone");
    expect(run.calls).toEqual([]);
  });

  it("an unreachable remote is an error, not a first release", () => {
    const { work, origin } = project("no-remote");
    const dir = join(base, "detached");
    git(base, "clone", "--quiet", `file://${origin}`, dir);
    git(dir, "remote", "set-url", "origin", join(base, "missing.git"));
    copyFileSync(join(work, "scripts/deploy.mjs"), join(dir, "scripts/deploy.mjs"));
    const out = spawnSync(process.execPath, ["scripts/deploy.mjs"], {
      cwd: dir,
      encoding: "utf8",
      env: scriptEnv(),
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("deploy: Command failed: git fetch");
  });

  it("workflow_dispatch's full deploy: --all redeploys every app and keeps the existing tags", () => {
    const { origin } = project("all");
    expect(deploy(origin).status).toBe(0);
    const before = tags(origin);
    const run = deploy(origin, ["--all"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toEqual(["chat-embed", "image", "whisper", "translate", "router"].map(deployOf));
    expect(tags(origin)).toEqual(before);
  });

  it("a first deploy with --secrets-file hands the secrets to every wrangler deploy", () => {
    const { origin } = project("secrets");
    const run = deploy(origin, ["--secrets-file", "/home/me/wai-secrets.env"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toHaveLength(5);
    expect(run.calls[0]).toBe(`${deployOf("chat-embed")} --secrets-file /home/me/wai-secrets.env`);
    expect(deploy(origin, ["--secrets-file"]).status).toBe(2); // a flag without its value is refused
  });

  it("--dry-run prints the plan, tells the workflow how many are pending, and calls nothing", () => {
    const { origin } = project("dry");
    const output = join(base, "dry-output");
    writeFileSync(output, "");
    const run = workflowRun(origin, "deploy.mjs", ["--dry-run"], undefined, ["--quiet"], { GITHUB_OUTPUT: output });
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([]);
    expect(run.stdout).toContain("› router@0.1.0 (pending)");
    expect(readFileSync(output, "utf8")).toBe("pending=5\n");
    expect(tags(origin)).toEqual([]);
  });

  it("uncommitted changes to what is deployed are refused", () => {
    const { origin } = project("dirty");
    const dir = join(base, "dirty-clone");
    git(base, "clone", "--quiet", `file://${origin}`, dir);
    write(dir, "apps/image/src/index.ts", "export default 'edited';\n");
    const out = spawnSync(process.execPath, ["scripts/deploy.mjs"], {
      cwd: dir,
      encoding: "utf8",
      env: scriptEnv(),
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("uncommitted changes");
    expect(tags(origin)).toEqual([]);
  });
});
