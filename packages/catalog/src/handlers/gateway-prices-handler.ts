import { badRequest, type GatewayVars } from "@wai/core";
import { GATEWAY_FORMATS, type GatewayFormat, gatewayPrices } from "../gateway-prices.ts";
import type { ServingWorker } from "../model.ts";
import { aliasesFromEnv } from "./aliases-from-env.ts";

/**
 * `GET /v1/gateway-prices?format=oneapi|newapi`: the price settings for every id and alias `worker` serves (every
 * worker's, for the router's own use), `MODEL_ALIASES` included. A missing or unknown format is a 400 naming it.
 */
export function gatewayPricesHandler(worker?: ServingWorker) {
  return (request: Pick<Request, "url">, env?: Pick<GatewayVars, "MODEL_ALIASES">): Response => {
    const format = new URL(request.url).searchParams.get("format");
    if (!GATEWAY_FORMATS.includes(format as GatewayFormat)) {
      throw badRequest(
        `format must be one of ${GATEWAY_FORMATS.join(", ")}${format === null ? "" : `, not "${format}"`}.`,
        "format",
      );
    }
    const prices = gatewayPrices({ format: format as GatewayFormat, worker, aliases: aliasesFromEnv(env) });
    return Response.json(prices);
  };
}
