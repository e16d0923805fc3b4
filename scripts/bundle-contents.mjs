#!/usr/bin/env node
// What each worker's bundle is made of: bytes by input file and by package, read from the source map that
// `pnpm build` (`wrangler deploy --dry-run --outdir dist`) writes beside apps/<app>/dist/index.js.
//   node scripts/bundle-contents.mjs [app ...] [--top N] [--json]      (also `pnpm sizes --contents`)
// raw = minified bytes the map attributes to the input (from one mapping to the next, so exact up to the
// glue esbuild adds between modules); gzip = that input's code gzipped alone, scaled so the inputs of a
// worker add up to its real gzip size: an approximate share (gzip compresses across inputs), good for ranking.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { WORKERS } from "./workers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
const asJson = args.includes("--json");
const named = args.filter((a, i) => !a.startsWith("--") && (topAt < 0 || i !== topAt + 1));
const apps = named.length ? named : WORKERS.map((w) => w.name);
const kib = (n) => Math.round((n / 1024) * 100) / 100;

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** The `[generatedColumn, sourceIndex]` segments of each generated line of a v3 source map. */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(";").map((line) => {
    let column = 0;
    const segments = [];
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const digit = DIGIT.get(c);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    return segments;
  });
}

/** `valibot`, `@wai/core`, or the app itself, from a source path relative to dist/. */
function packageOf(source, app) {
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(source);
  if (dep) return dep[1];
  const own = /(?:^|\/)packages\/([^/]+)\//.exec(source);
  if (own) return `@wai/${own[1]}`;
  return `@wai/${app}`;
}

function contents(app) {
  const dist = join(root, "apps", app, "dist");
  const file = join(dist, "index.js");
  if (!existsSync(`${file}.map`)) throw new Error(`${file}.map is missing: run \`pnpm build\` first`);
  const code = readFileSync(file, "utf8").split("\n");
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8"));
  const pieces = new Map(); // source index (-1: glue with no mapping) → code strings
  decodeMappings(map.mappings).forEach((segments, lineNo) => {
    const line = code[lineNo] ?? "";
    let from = 0;
    let owner = -1;
    for (const [column, source] of segments) {
      if (column > from) pieces.set(owner, [...(pieces.get(owner) ?? []), line.slice(from, column)]);
      from = column;
      owner = source;
    }
    pieces.set(owner, [...(pieces.get(owner) ?? []), `${line.slice(from)}\n`]);
  });
  const total = Buffer.byteLength(code.join("\n"));
  const totalGzip = gzipSync(code.join("\n"), { level: 9 }).byteLength;
  let rows = [...pieces].map(([index, parts]) => {
    const text = parts.join("");
    const input = index < 0 ? "(glue)" : map.sources[index].replace(/^(\.\.\/)+/, "");
    return {
      input: input.replace(/^.*node_modules\/(?!.*node_modules\/)/, ""),
      package: index < 0 ? "(glue)" : packageOf(map.sources[index], app),
      raw: Buffer.byteLength(text),
      alone: gzipSync(text, { level: 9 }).byteLength,
    };
  });
  const scale = totalGzip / rows.reduce((sum, r) => sum + r.alone, 0);
  rows = rows.map(({ alone, ...r }) => ({ ...r, gzip: Math.round(alone * scale) })).sort((a, b) => b.gzip - a.gzip);
  const byPackage = new Map();
  for (const r of rows) {
    const p = byPackage.get(r.package) ?? { package: r.package, files: 0, raw: 0, gzip: 0 };
    byPackage.set(r.package, { ...p, files: p.files + 1, raw: p.raw + r.raw, gzip: p.gzip + r.gzip });
  }
  return { app, rawKiB: kib(total), gzipKiB: kib(totalGzip), packages: [...byPackage.values()], files: rows };
}

const report = apps.map(contents);
if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  for (const { app, rawKiB, gzipKiB, packages, files } of report) {
    console.log(`\n${app}: ${rawKiB} KiB minified, ${gzipKiB} KiB gzip`);
    const pct = (n) => `${Math.round((n / (gzipKiB * 1024)) * 1000) / 10}%`;
    console.table(
      packages
        .sort((a, b) => b.gzip - a.gzip)
        .map((p) => ({ ...p, raw: kib(p.raw), gzip: kib(p.gzip), share: pct(p.gzip) })),
    );
    if (top > 0)
      console.table(
        files.slice(0, top).map((f) => ({ input: f.input, raw: kib(f.raw), gzip: kib(f.gzip), share: pct(f.gzip) })),
      );
  }
  console.log("raw and gzip in KiB; gzip per input is an approximate share (see scripts/bundle-contents.mjs)");
}
