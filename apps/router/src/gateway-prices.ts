import type { GatewayRequest } from "@wai/core";
import type { Env } from "./env.ts";
import { BINDINGS } from "./services.ts";

/** A worker's `GET /v1/gateway-prices` answer (packages/catalog `GatewayPrices`), as far as merging needs it. */
interface GatewayPrices {
  format: string;
  ModelRatio: Record<string, number>;
  CompletionRatio: Record<string, number>;
  ModelPrice?: Record<string, number>;
  unpriced: string[];
  notes: string[];
}

/** The workers' price settings as one: their maps joined (names never overlap: each model has one worker). */
export function mergeGatewayPrices(parts: readonly GatewayPrices[]): GatewayPrices {
  const [first] = parts;
  const merged: GatewayPrices = {
    format: first?.format ?? "",
    ModelRatio: Object.assign({}, ...parts.map((part) => part.ModelRatio)),
    CompletionRatio: Object.assign({}, ...parts.map((part) => part.CompletionRatio)),
    unpriced: parts.flatMap((part) => part.unpriced).sort(),
    notes: first?.notes ?? [],
  };
  if (parts.some((part) => part.ModelPrice)) {
    merged.ModelPrice = Object.assign({}, ...parts.map((part) => part.ModelPrice ?? {}));
  }
  return merged;
}

/**
 * `GET /v1/gateway-prices?format=…`: every worker's own prices, merged, as `/v1/models` is (the router carries no
 * catalog). A refusal (a wrong key, an unknown format) is passed on as the first worker gave it.
 */
export async function allGatewayPrices(request: GatewayRequest, env: Env): Promise<Response> {
  const responses = await Promise.all(
    BINDINGS.map((binding) => env[binding].fetch(request.url, { headers: request.headers })),
  );
  const refused = responses.find((res) => !res.ok);
  if (refused) {
    await Promise.all(responses.filter((res) => res !== refused).map((res) => res.body?.cancel()));
    return refused;
  }
  const parts = (await Promise.all(responses.map((res) => res.json()))) as GatewayPrices[];
  return Response.json(mergeGatewayPrices(parts));
}
