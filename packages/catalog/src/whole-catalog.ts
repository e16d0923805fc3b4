import type { Catalog } from "./catalog.ts";
import { type GatewayPrices, type GatewayPricesOptions, gatewayPricesOf } from "./gateway-prices.ts";
import type { ServingWorker } from "./model.ts";
import { MODELS } from "./models/index.ts";

/** The whole catalog, every worker's models: for the tests, the scripts and the prices command, not a worker. */
export const CATALOG: Catalog = { models: MODELS };

/** `gatewayPricesOf` the whole catalog, or of one worker's models in it. */
export function gatewayPrices(options: GatewayPricesOptions & { worker?: ServingWorker }): GatewayPrices {
  const { worker, ...rest } = options;
  return gatewayPricesOf(worker === undefined ? CATALOG : { worker, models: MODELS }, rest);
}
