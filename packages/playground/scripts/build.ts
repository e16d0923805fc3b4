// Builds the playground and `/openapi.json` into static assets, one folder per deployment (dist/<app>/), which
// each app's wrangler.jsonc serves as Workers Static Assets: the worker bundles stay as they are.
//   node scripts/build.ts
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listModels } from "@wai/catalog";
import { build } from "esbuild";
import type { OpenApiRoute } from "../src/openapi/openapi-route.ts";
import { toOpenApiDocument } from "../src/openapi/to-openapi-document.ts";

const here = join(import.meta.dirname, "..");
const apps = join(here, "..", "..", "apps");
const WORKERS = ["chat-embed", "image", "whisper", "translate"] as const;

const routesOf = async (app: string) =>
  ((await import(join(apps, app, "src", "openapi-routes.ts"))) as { OPENAPI_ROUTES: OpenApiRoute[] }).OPENAPI_ROUTES;
const versionOf = (app: string) =>
  (JSON.parse(readFileSync(join(apps, app, "package.json"), "utf8")) as { version: string }).version;
const modelsFor = (tasks: readonly string[]) =>
  listModels()
    .filter((model) => tasks.includes(model.task))
    .map((model) => model.id);

const bundle = await build({
  entryPoints: [join(here, "src", "app", "main.ts")],
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  write: false,
  legalComments: "none",
});
const files: Record<string, string> = {
  "index.html": readFileSync(join(here, "src", "static", "index.html"), "utf8"),
  "styles.css": readFileSync(join(here, "src", "static", "styles.css"), "utf8"),
  "app.js": bundle.outputFiles[0]?.text ?? "",
};

const routes = Object.fromEntries(await Promise.all(WORKERS.map(async (w) => [w, await routesOf(w)] as const)));
const deployments = [
  { name: "router", routes: WORKERS.flatMap((w) => routes[w] ?? []) },
  ...WORKERS.map((w) => ({ name: w, routes: routes[w] ?? [] })),
] as const;

const dist = join(here, "dist");
rmSync(dist, { recursive: true, force: true });
for (const { name, routes } of deployments) {
  const dir = join(dist, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const document = toOpenApiDocument({ deployment: name, version: versionOf(name), routes, modelsFor });
  writeFileSync(join(dir, "openapi.json"), JSON.stringify(document));
}
console.log(`playground and openapi.json built for ${deployments.map((d) => d.name).join(", ")} in ${dist}`);
