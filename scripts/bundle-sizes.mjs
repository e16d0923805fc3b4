#!/usr/bin/env node
// Prints each app's bundle size, raw and gzip, from `wrangler deploy --dry-run --outdir dist` (run
// `pnpm build` first), and checks them, gzip: over DESIGN's ceilings (router 15 KiB, workers 80) always fails;
// over issue 11's targets (router 5, chat-embed 15, image 20, whisper 20, translate 60) fails unless the root
// README's "Bundle size exceptions" section has a line `- <app>: <why>` for that worker (targets, not ceilings).
//   node scripts/bundle-sizes.mjs [--json] [--contents]
// --contents: then what each bundle is made of, by package and by input file (scripts/bundle-contents.mjs).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { WORKERS } from "./workers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CEILING_KIB = { router: 15, "chat-embed": 80, image: 80, whisper: 80, translate: 80 };
const TARGET_KIB = { router: 5, "chat-embed": 15, image: 20, whisper: 20, translate: 60 };
const kib = (n) => Math.round((n / 1024) * 100) / 100;

const rows = WORKERS.map(({ name }) => {
  const file = join(root, "apps", name, "dist", "index.js");
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first`);
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).byteLength;
  return {
    app: name,
    rawKiB: kib(code.byteLength),
    gzipKiB: kib(gzip),
    targetKiB: TARGET_KIB[name],
    ceilingKiB: CEILING_KIB[name],
  };
});

/** `- <app>: <why>` lines of the README's "## Bundle size exceptions" section, by app. */
function sizeExceptions() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = /^## Bundle size exceptions\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? "";
  return new Map([...section.matchAll(/^- `?([\w-]+)`?: (.+)$/gm)].map((m) => [m[1], m[2]]));
}
const exceptions = sizeExceptions();
for (const row of rows)
  row.overTarget = row.gzipKiB > row.targetKiB ? (exceptions.has(row.app) ? "excepted" : "yes") : "";

if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
else console.table(rows);
if (process.argv.includes("--contents")) await import("./bundle-contents.mjs");
const over = rows.filter((r) => r.gzipKiB > r.ceilingKiB);
if (over.length) console.error(`over the ceiling: ${over.map((r) => r.app).join(", ")}`);
const unexplained = rows.filter((r) => r.overTarget === "yes");
if (unexplained.length) {
  console.error(
    `over the target with no line in README.md's "Bundle size exceptions": ${unexplained.map((r) => r.app).join(", ")}`,
  );
}
if (over.length || unexplained.length) process.exit(1);
