import {
  type Catalog,
  GATEWAY_FORMATS,
  type GatewayFormat,
  gatewayPricesOf,
  type ModelVars,
  modelSettingsOf,
} from "@wai/catalog";
import { badRequest } from "../api-error.ts";

/**
 * `GET /v1/gateway-prices?format=oneapi|newapi`: the price settings for every id and alias the catalog's worker
 * serves (its slice), `MODEL_ALIASES` included. A missing or unknown format is a 400 naming it.
 */
export function gatewayPricesHandler(catalog: Catalog) {
  return (request: Pick<Request, "url">, env?: ModelVars): Response => {
    const format = new URL(request.url).searchParams.get("format");
    if (!GATEWAY_FORMATS.includes(format as GatewayFormat)) {
      throw badRequest(
        `format must be one of ${GATEWAY_FORMATS.join(", ")}${format === null ? "" : `, not "${format}"`}.`,
        "format",
      );
    }
    const aliases = modelSettingsOf(env).aliases;
    return Response.json(gatewayPricesOf(catalog, { format: format as GatewayFormat, aliases }));
  };
}
