#!/usr/bin/env node
// `pnpm catalog:diff [--fixture <file>] [--json]`: the catalog (packages/catalog) against Cloudflare's model list.
// With CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN it reads the live list (REST models search); without them,
// or with --fixture, a recorded answer (by default the constructed fixture of this package's tests).
// Exit code: 0 no drift, 1 drift found, 2 error.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { MODELS } from "@wai/catalog";
import { diffCatalog } from "./diff-catalog.ts";
import { fetchModels } from "./fetch-models.ts";
import { formatDrift } from "./format-drift.ts";
import type { AiModelsSearchObject, ModelsSearchResponse } from "./models-search.ts";

const DEFAULT_FIXTURE = join(import.meta.dirname, "..", "test", "fixtures", "models-search.json");

try {
  const { values } = parseArgs({ options: { fixture: { type: "string" }, json: { type: "boolean" } } });
  const { models, source } = await readList(values.fixture);
  const drift = diffCatalog(MODELS, models, new Date().toISOString().slice(0, 10));
  if (values.json) console.log(JSON.stringify({ source, ...drift }, null, 2));
  else
    console.log(
      `Catalog: ${MODELS.length} models. Cloudflare: ${models.length} models, from ${source}.\n\n${formatDrift(drift)}`,
    );
  process.exit(drift.added.length || drift.retired.length || drift.changed.length ? 1 : 0);
} catch (error) {
  console.error(`pnpm catalog:diff failed: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}

async function readList(fixture: string | undefined): Promise<{ models: AiModelsSearchObject[]; source: string }> {
  const accountId = process.env.CLOUDFLARE_ACCOUNT_ID?.trim();
  const token = process.env.CLOUDFLARE_API_TOKEN?.trim();
  if (!fixture && accountId && token) {
    const baseUrl = process.env.CLOUDFLARE_API_BASE_URL?.trim() || undefined;
    return { models: await fetchModels({ accountId, token, baseUrl }), source: "the Workers AI models search API" };
  }
  const file = fixture ?? DEFAULT_FIXTURE;
  const body = JSON.parse(readFileSync(file, "utf8")) as ModelsSearchResponse;
  if (!Array.isArray(body.result)) throw new Error(`${file} has no result array (the models search answer's shape)`);
  const why = fixture
    ? ""
    : " (no CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_API_TOKEN: a constructed sample, not the live list)";
  return { models: body.result, source: `${relative(process.cwd(), file)}${why}` };
}
