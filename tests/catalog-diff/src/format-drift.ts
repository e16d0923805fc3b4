import type { CatalogDrift } from "./diff-catalog.ts";

/** The drift as three plain-text lists, or one line saying there is none. */
export function formatDrift({ added, retired, changed }: CatalogDrift): string {
  if (!added.length && !retired.length && !changed.length) return "No drift: the catalog matches Cloudflare's list.";
  const section = (title: string, lines: string[]) =>
    lines.length ? [`${title} (${lines.length})`, ...lines, ""] : [];
  return [
    ...section(
      "Added: in Cloudflare's list, not in the catalog",
      added.map((m) => `  + ${m.id}  [${m.task}]`),
    ),
    ...section(
      "Retired: live in the catalog, gone or deprecated at Cloudflare",
      retired.map((m) => `  - ${m.id}  (${m.reason})`),
    ),
    ...section(
      "Changed: the catalog's claim differs from Cloudflare's",
      changed.map((c) => `  ~ ${c.id}  ${c.field}: catalog ${c.catalog}, Cloudflare ${c.cloudflare}`),
    ),
  ]
    .join("\n")
    .trimEnd();
}
