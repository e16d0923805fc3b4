#!/usr/bin/env node
// Prints each app's bundle size, raw and gzip, from `wrangler deploy --dry-run --outdir dist` (run
// `pnpm build` first), and checks DESIGN's ceilings: router 15 KiB, workers 80 KiB, gzip.
//   node scripts/bundle-sizes.mjs [--json]
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

if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
else console.table(rows);
const over = rows.filter((r) => r.gzipKiB > r.ceilingKiB);
if (over.length) {
  console.error(`over the ceiling: ${over.map((r) => r.app).join(", ")}`);
  process.exit(1);
}
