// What is deployed, recorded in git: after a successful deploy of an app at a version, the tag
// `<app>@<version>` (e.g. `image@0.2.1`) points at the commit that was deployed and is pushed to the remote.
// An app whose current version has no tag is pending: a failed, cancelled or never-run deploy stays visible
// until a later run deploys it. Shared by scripts/deploy.mjs and scripts/redeploy-changeset.mjs.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { WORKERS } from "./workers.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Runs git in the repository; any failure throws (never read as "nothing deployed"). */
export function git(...args) {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** The apps in deploy order: the workers first, the router last (its service bindings need them). */
export function appsInDeployOrder() {
  return [...WORKERS.filter((w) => w.name !== "router"), ...WORKERS.filter((w) => w.name === "router")].map(
    ({ name, config }) => {
      const manifest = readJson(`apps/${name}/package.json`);
      if (typeof manifest.version !== "string") throw new Error(`apps/${name}/package.json has no version`);
      return {
        name,
        config,
        packageName: manifest.name,
        version: manifest.version,
        tag: `${name}@${manifest.version}`,
      };
    },
  );
}

export const readJson = (file) => JSON.parse(readFileSync(join(root, file), "utf8"));

/**
 * Refuses to plan from an incomplete history: a shallow clone has no tags and would look like a first
 * release. Then fetches the deploy tags from `remote` (when there is one), failing loudly if it cannot.
 */
export function syncDeployState(remote) {
  if (git("rev-parse", "--is-shallow-repository") === "true") {
    throw new Error(
      "this is a shallow clone: the deploy tags and history may be missing, so what is deployed cannot be known. " +
        "Fetch the whole history (actions/checkout with fetch-depth: 0, or `git fetch --unshallow --tags`).",
    );
  }
  if (remote) git("fetch", "--quiet", "--force", "--tags", remote);
}

/** The remote the deploy state lives on: `--remote <name>`, else `origin` when it exists, else none. */
export function pickRemote(args) {
  const at = args.indexOf("--remote");
  if (at >= 0) {
    const name = args[at + 1];
    if (!name || name.startsWith("--")) throw new Error("--remote needs a name");
    return name;
  }
  if (args.includes("--no-remote")) return undefined;
  return git("remote").split("\n").includes("origin") ? "origin" : undefined;
}

export const isDeployed = (tag) => git("tag", "--list", tag) === tag;

/**
 * What an app's deployed bundle is built from: its own sources, config and manifest, the sources of the
 * workspace packages it depends on (transitively), and the lockfile (every third-party version).
 */
export function deployInputs(appName) {
  const dirs = workspaceDirs();
  const seen = new Set();
  const visit = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    for (const [dep, range] of Object.entries(readJson(`${dir}/package.json`).dependencies ?? {})) {
      if (String(range).startsWith("workspace:") && dirs.has(dep)) visit(dirs.get(dep));
    }
  };
  visit(`apps/${appName}`);
  const paths = [`apps/${appName}/src`, `apps/${appName}/wrangler.jsonc`, `apps/${appName}/package.json`];
  for (const dir of [...seen].filter((d) => d !== `apps/${appName}`).sort())
    paths.push(`${dir}/src`, `${dir}/package.json`);
  return [...paths, "pnpm-lock.yaml"];
}

function workspaceDirs() {
  const dirs = new Map();
  for (const parent of ["apps", "packages"]) {
    let entries = [];
    try {
      entries = readdirSync(join(root, parent), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.filter((e) => e.isDirectory())) {
      try {
        dirs.set(readJson(`${parent}/${entry.name}/package.json`).name, `${parent}/${entry.name}`);
      } catch {
        // a folder without a package.json is not a workspace package
      }
    }
  }
  return dirs;
}

/** The deploy inputs of `appName` that differ between `tag` and HEAD (empty when nothing changed). */
export function changedSince(tag, appName) {
  const out = git("diff", "--name-only", `refs/tags/${tag}`, "HEAD", "--", ...deployInputs(appName));
  return out ? out.split("\n") : [];
}
