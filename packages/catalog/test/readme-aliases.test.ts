import { describe, expect, it } from "vitest";
import readme from "../../../README.md?raw";
import { DEFAULT_ALIASES, findModel, type Model } from "../src/index.ts";

/** What the model behind an alias can do, as the README's alias table says it. */
function gives(model: Model): string {
  const c = model.capabilities;
  const out: string[] = [];
  if (model.task === "text-generation" || model.task === "image-to-text") {
    if (c.tools) out.push("tools");
    if (c.jsonMode) out.push("JSON mode");
    if (c.vision) out.push("vision");
    if (c.reasoning) out.push("reasoning");
  }
  if (model.limits.dimensions) out.push(`${model.limits.dimensions} dimensions`);
  return out.length ? out.join(", ") : model.task;
}

/** The table, generated from the catalog: the README must hold exactly this between its markers. */
function aliasTable(): string {
  const rows = Object.entries(DEFAULT_ALIASES).map(([alias, id]) => {
    const model = findModel(id) as Model;
    return `| \`${alias}\` | \`${id}\` | ${gives(model)} |`;
  });
  return ["| alias | model | gives |", "|---|---|---|", ...rows].join("\n");
}

describe("the README's alias table", () => {
  it("is the catalog's (regenerate it from this test's `aliasTable` when an alias moves)", () => {
    const start = readme.indexOf("<!-- aliases:start -->");
    const end = readme.indexOf("<!-- aliases:end -->");
    expect(start).toBeGreaterThan(0);
    const table = readme.slice(start + "<!-- aliases:start -->".length, end).trim();
    expect(table).toBe(aliasTable());
  });
});
