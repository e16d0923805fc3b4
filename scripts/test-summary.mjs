#!/usr/bin/env node
// Reads the test run's log on stdin, passes it through, and closes with one line over every package's
// vitest summary: "N passed, N failed" (and ", N skipped"), so the whole run is counted at a glance.
import { createInterface } from "node:readline";

const totals = { passed: 0, failed: 0, skipped: 0 };
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
for await (const line of createInterface({ input: process.stdin })) {
  console.log(line);
  const plain = line.replace(ANSI, "");
  const match = /^\S*:?\s*Tests\s+(.*)\(\d+\)\s*$/.exec(plain.replace(/^.*?(?=Tests\s)/, ""));
  if (!match) continue;
  for (const [, count, kind] of match[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
    if (kind === "todo") totals.skipped += Number(count);
    else totals[kind] += Number(count);
  }
}
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
