#!/usr/bin/env node
// `pnpm gateway-prices --format oneapi|newapi [--worker chat-embed|image|whisper|translate] [--only ModelRatio]`:
// the catalog's prices as OneAPI's or new-api's price settings (see packages/catalog/src/gateway-prices.ts and the
// README's "Behind OneAPI or new-api"). MODEL_ALIASES in the environment adds your own aliases, as on a worker.
import { GATEWAY_FORMATS, type GatewayFormat, gatewayPrices } from "../packages/catalog/src/gateway-prices.ts";
import type { ServingWorker } from "../packages/catalog/src/model.ts";
import { parseAliases } from "../packages/catalog/src/parse-aliases.ts";

const USAGE = `usage: pnpm gateway-prices --format ${GATEWAY_FORMATS.join("|")} [--worker chat-embed|image|whisper|translate] [--only ModelRatio|CompletionRatio|ModelPrice]`;
const WORKERS: readonly string[] = ["chat-embed", "image", "whisper", "translate"];
const FIELDS: readonly string[] = ["ModelRatio", "CompletionRatio", "ModelPrice"];

const args = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const [flag, inline] = (argv[i] ?? "").split("=", 2);
  if (flag === "--help" || flag === "-h") {
    console.log(USAGE);
    process.exit(0);
  }
  const value = inline ?? argv[++i];
  if (!flag?.startsWith("--") || value === undefined) fail(`unexpected argument "${argv[i - 1] ?? flag}"`);
  args.set(flag.slice(2), value);
}
const format = args.get("format");
if (!GATEWAY_FORMATS.includes(format as GatewayFormat)) fail(`--format must be one of ${GATEWAY_FORMATS.join(", ")}`);
const worker = args.get("worker");
if (worker !== undefined && !WORKERS.includes(worker)) fail(`--worker must be one of ${WORKERS.join(", ")}`);
const only = args.get("only");
if (only !== undefined && !FIELDS.includes(only)) fail(`--only must be one of ${FIELDS.join(", ")}`);
for (const key of args.keys()) if (!["format", "worker", "only"].includes(key)) fail(`unknown option --${key}`);

const prices = gatewayPrices({
  format: format as GatewayFormat,
  worker: worker as ServingWorker | undefined,
  aliases: parseAliases(process.env.MODEL_ALIASES),
});
if (only === "ModelPrice" && prices.ModelPrice === undefined) fail("ModelPrice is new-api's: use --format newapi");
console.log(JSON.stringify(only === undefined ? prices : prices[only as keyof typeof prices], null, 2));
if (only === undefined && prices.unpriced.length > 0) {
  console.error(`${prices.unpriced.length} names have no catalog price (see "unpriced"): set them by hand.`);
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
