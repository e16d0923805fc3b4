import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, it } from "vitest";

/** The page's own weight budget: HTML + CSS + JS, gzip (openapi.json is fetched too, but is the API's). */
const BUDGET_GZIP_BYTES = 8 * 1024;

it(`keeps the page (HTML + CSS + JS) under ${BUDGET_GZIP_BYTES / 1024} KiB gzip, with no third-party URL`, () => {
  const dir = join(import.meta.dirname, "..", "dist", "router");
  const files = ["index.html", "styles.css", "app.js"].map((f) => readFileSync(join(dir, f), "utf8"));
  const gzip = files.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).byteLength, 0);
  console.log(`playground: ${files.reduce((s, t) => s + t.length, 0)} bytes, ${gzip} bytes gzip`);
  expect(gzip).toBeLessThan(BUDGET_GZIP_BYTES);
  for (const text of files) expect(text).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
});
