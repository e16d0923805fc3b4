import type { SmokeRow } from "./run-case.ts";

const HEADINGS = ["model", "route", "status", "ms", "usage", "result"] as const;

/** The smoke run as a plain-text table, then one line per failure with its reason, then a summary line. */
export function formatTable(rows: readonly SmokeRow[]): string {
  const cells = rows.map((r) => [
    r.model,
    r.variant ? `${r.route} (${r.variant})` : r.route,
    r.status ? String(r.status) : "-",
    String(r.ms),
    r.usage || "-",
    r.problem ? "FAIL" : "ok",
  ]);
  const widths = HEADINGS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: readonly string[]) =>
    c.map((cell, i) => (i === 2 || i === 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join("  ");
  const failed = rows.filter((r) => r.problem);
  const out = [line(HEADINGS), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)];
  if (failed.length)
    out.push("", ...failed.map((r) => `FAIL ${r.model} ${r.route}${r.variant ? ` (${r.variant})` : ""}: ${r.problem}`));
  out.push("", `${rows.length - failed.length} passed, ${failed.length} failed`);
  return out.map((l) => l.trimEnd()).join("\n");
}
