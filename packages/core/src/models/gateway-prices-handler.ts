import {
  GATEWAY_FORMATS,
  type GatewayFormat,
  gatewayPrices,
  type ModelVars,
  modelSettingsOf,
  type ServingWorker,
} from "@wai/catalog";
import { badRequest } from "../api-error.ts";

/**
 * `GET /v1/gateway-prices?format=oneapi|newapi`: the price settings for every id and alias `worker` serves (every
 * worker's, for the router's own use), `MODEL_ALIASES` included. A missing or unknown format is a 400 naming it.
 */
export function gatewayPricesHandler(worker?: ServingWorker) {
  return (request: Pick<Request, "url">, env?: ModelVars): Response => {
    const format = new URL(request.url).searchParams.get("format");
    if (!GATEWAY_FORMATS.includes(format as GatewayFormat)) {
      throw badRequest(
        `format must be one of ${GATEWAY_FORMATS.join(", ")}${format === null ? "" : `, not "${format}"`}.`,
        "format",
      );
    }
    const aliases = modelSettingsOf(env).aliases;
    return Response.json(gatewayPrices({ format: format as GatewayFormat, worker, aliases }));
  };
}
