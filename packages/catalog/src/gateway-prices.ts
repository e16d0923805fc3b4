import { type Catalog, isModel, lookupIn } from "./catalog.ts";
import type { Model } from "./model.ts";
import { NEURONS_PER_USD } from "./models/price.ts";

/** The price settings of a gateway in front of the workers: OneAPI (songquanpeng/one-api) or new-api. */
export type GatewayFormat = "oneapi" | "newapi";
export const GATEWAY_FORMATS: readonly GatewayFormat[] = ["oneapi", "newapi"];

/**
 * The JSON an admin pastes into the gateway's settings (OneAPI: *Settings → Operation → ModelRatio /
 * CompletionRatio*; new-api: *Settings → Ratio*, plus *ModelPrice*), one map per setting, keyed by the model name
 * the client sends.
 */
export interface GatewayPrices {
  format: GatewayFormat;
  ModelRatio: Record<string, number>;
  CompletionRatio: Record<string, number>;
  /** new-api only: USD per call. */
  ModelPrice?: Record<string, number>;
  /** Names the catalog has no price for: the gateway bills them at its default until the admin sets one. */
  unpriced: string[];
  /** How each kind of model was converted, in words. */
  notes: string[];
}

/*
 * The units, from the gateways' source:
 * - songquanpeng/one-api `relay/billing/ratio/model.go`: "1 === $0.002 / 1K tokens" and
 *   `USD = 500 // $0.002 = 1 -> $1 = 500`; quota per USD (`QuotaPerUnit`) is 500,000. So a ModelRatio r bills r
 *   quota per token, and r = 1 is $2 per million tokens. CompletionRatio multiplies the ratio for output tokens.
 * - QuantumNous/new-api `setting/ratio_setting/model_ratio.go` keeps the same unit ("from songquanpeng/one-api",
 *   the same two lines), and its `ModelPrice` is USD per call (`relay/helper/price.go`:
 *   `modelPrice * common.QuotaPerUnit * groupRatio`).
 * - one-api `relay/controller/image.go`: an image costs `ratio * sizeRatio * 1000` quota per image, so the ratio of an
 *   image model is USD per image × 500. `relay/controller/audio.go`: speech costs `len(input) * ratio` (bytes of
 *   input), so the ratio is USD per 1,000 characters × 500; a transcription costs the token count of its text.
 * - Whisper's ratio follows both gateways' own `whisper-1: 15` ("$0.006 / minute -> $0.006 / 150 words ->
 *   $0.006 / 200 tokens"): USD per audio minute ÷ 200 tokens.
 * Workers AI bills $0.011 per 1,000 neurons (reference §3.1), so USD = neurons / NEURONS_PER_USD.
 */
/** Quota per USD in both gateways. */
const QUOTA_PER_USD = 500_000;
/** OneAPI's and new-api's own whisper-1 convention: one audio minute ≈ 200 transcript tokens. */
const TOKENS_PER_AUDIO_MINUTE = 200;
/** Diffusion prices count 512×512 tiles. */
const TILE_PIXELS = 512 * 512;

/** The ratio that bills `usd` per million tokens: $2 per million tokens is 1. */
export const ratioForUsdPerMTokens = (usd: number): number => round((usd / 1_000_000) * QUOTA_PER_USD);

/** What one call, or one unit, of a model costs, in the shape a gateway bills it. */
export type UnitCost =
  | { kind: "tokens"; inputUsdPerM: number; outputUsdPerM?: number }
  | { kind: "image"; usdPerImage: number; size: number; steps: number }
  | { kind: "audio-minute"; usdPerMinute: number }
  | { kind: "characters"; usdPerThousand: number };

/**
 * A catalog price in gateway terms, or undefined when the catalog has none. An image's price is one image at the
 * model's default size and steps (tiles = ⌈width × height / 512²⌉). A per-unit price whose unit this function does
 * not know throws: a new kind of price needs a rule here, not a guess.
 */
export function toUnitCost(model: Model): UnitCost | undefined {
  const price = model.price;
  if (!price) return undefined;
  if (price.inputPerMTokens !== undefined) {
    const inputUsdPerM = price.inputPerMTokens / NEURONS_PER_USD;
    return price.outputPerMTokens === undefined
      ? { kind: "tokens", inputUsdPerM }
      : { kind: "tokens", inputUsdPerM, outputUsdPerM: price.outputPerMTokens / NEURONS_PER_USD };
  }
  const unit = price.perUnit;
  if (!unit) return undefined;
  if (unit.unit === "audio minute") return { kind: "audio-minute", usdPerMinute: unit.neurons / NEURONS_PER_USD };
  if (unit.unit === "1,000 characters") return { kind: "characters", usdPerThousand: unit.neurons / NEURONS_PER_USD };
  const size = model.limits.defaultSize ?? 1024;
  const steps = model.limits.defaultSteps ?? model.limits.maxSteps;
  const tiles = Math.ceil((size * size) / TILE_PIXELS);
  const perTilePlusStep = /^512×512 tile, plus ([\d.]+) neurons per step$/.exec(unit.unit);
  if (perTilePlusStep && steps !== undefined) {
    const neurons = tiles * unit.neurons + steps * Number(perTilePlusStep[1]);
    return { kind: "image", usdPerImage: neurons / NEURONS_PER_USD, size, steps };
  }
  if (/^output 512×512 tile per step/.test(unit.unit) && steps !== undefined) {
    return { kind: "image", usdPerImage: (tiles * steps * unit.neurons) / NEURONS_PER_USD, size, steps };
  }
  throw new Error(`gateway prices: ${model.id}'s price unit "${unit.unit}" has no conversion`);
}

export interface GatewayPricesOptions {
  format: GatewayFormat;
  /** `MODEL_ALIASES`, parsed: its names are priced as the model they point at, and override default aliases. */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * Every id and alias a catalog's worker serves (every worker's for the whole catalog; retired models left out, as
 * in `/v1/models`), priced for OneAPI or new-api. Token models get ModelRatio and CompletionRatio; image,
 * transcription and speech models get a ModelRatio in OneAPI's per-image / per-token / per-character billing,
 * and for new-api a ModelPrice per call instead.
 */
export function gatewayPricesOf(catalog: Catalog, options: GatewayPricesOptions): GatewayPrices {
  const { format, aliases } = options;
  const worker = catalog.worker;
  const names = new Set<string>();
  for (const model of catalog.models) {
    names.add(model.id);
    for (const alias of model.aliases) names.add(alias);
  }
  for (const alias of Object.keys(aliases ?? {})) names.add(alias);
  const result: GatewayPrices = { format, ModelRatio: {}, CompletionRatio: {}, unpriced: [], notes: NOTES[format] };
  const modelPrice: Record<string, number> = {};
  for (const name of [...names].sort()) {
    const model = lookupIn(catalog, name, aliases);
    if (!model || !isModel(model) || model.retired || (worker !== undefined && model.worker !== worker)) continue;
    const cost = toUnitCost(model);
    if (!cost) {
      result.unpriced.push(name);
      continue;
    }
    switch (cost.kind) {
      case "tokens": {
        result.ModelRatio[name] = ratioForUsdPerMTokens(cost.inputUsdPerM);
        result.CompletionRatio[name] =
          cost.outputUsdPerM === undefined ? 1 : round(cost.outputUsdPerM / cost.inputUsdPerM);
        break;
      }
      case "image": {
        if (format === "newapi") modelPrice[name] = round(cost.usdPerImage);
        else result.ModelRatio[name] = round((cost.usdPerImage * QUOTA_PER_USD) / 1000);
        break;
      }
      case "audio-minute": {
        if (format === "newapi") modelPrice[name] = round(cost.usdPerMinute);
        else result.ModelRatio[name] = ratioForUsdPerMTokens((cost.usdPerMinute / TOKENS_PER_AUDIO_MINUTE) * 1_000_000);
        break;
      }
      case "characters": {
        if (format === "newapi") modelPrice[name] = round(cost.usdPerThousand);
        else result.ModelRatio[name] = round((cost.usdPerThousand / 1000) * QUOTA_PER_USD);
        break;
      }
    }
  }
  if (format === "newapi") result.ModelPrice = modelPrice;
  return result;
}

const COMMON_NOTES = [
  "Workers AI bills $0.011 per 1,000 neurons; a ModelRatio of 1 is $0.002 per 1,000 tokens ($2 per million), as in one-api's relay/billing/ratio/model.go.",
  "Token models: ModelRatio = USD per million input tokens / 2; CompletionRatio = output price / input price (1 when only input is billed).",
  "Names in `unpriced` have no price in the catalog: the gateway bills them at its default ratio until you set one.",
];

const NOTES: Readonly<Record<GatewayFormat, string[]>> = {
  oneapi: [
    ...COMMON_NOTES,
    "Image models: ModelRatio = USD per image × 500 (OneAPI bills ratio × 1000 quota per image), one image at the model's default size and steps.",
    "Speech models: ModelRatio = USD per 1,000 characters × 500 (OneAPI bills ratio per byte of input).",
    "Transcription models: ModelRatio = USD per audio minute / 200 tokens, OneAPI's own whisper-1 convention; OneAPI bills a finished transcription by its token count and uses the ratio only to reserve quota.",
  ],
  newapi: [
    ...COMMON_NOTES,
    "ModelPrice is USD per call: one image at the model's default size and steps; one audio minute for transcription models; 1,000 characters for speech models. Scale the audio prices to your typical call.",
  ],
};

/** Five significant digits: exact enough for a bill, and the neuron figures (two decimals) carry no more. */
function round(value: number): number {
  return Number(value.toPrecision(5));
}
