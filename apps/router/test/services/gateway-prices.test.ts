import { exports } from "cloudflare:workers";
import { gatewayPrices } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { mergeGatewayPrices } from "../../src/gateway-prices.ts";

const KEY = { authorization: "Bearer sk-local-dev" };
const get = (path: string, headers: Record<string, string> = KEY) =>
  exports.default.fetch(`http://gw${path}`, { headers });

describe("GET /v1/gateway-prices through the router", () => {
  it.each(["oneapi", "newapi"] as const)(
    "merges every worker's %s prices into the catalog's whole list",
    async (format) => {
      const res = await get(`/v1/gateway-prices?format=${format}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(gatewayPrices({ format }));
    },
  );

  it("answers at /v1/v1/ too, and with the key in the query (an admin's browser)", async () => {
    const res = await get("/v1/v1/gateway-prices?format=oneapi&key=sk-local-dev", {});
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ModelRatio: object }).ModelRatio).toHaveProperty("whisper-1");
  });

  it("passes on a worker's refusal: a wrong key, an unknown format", async () => {
    expect((await get("/v1/gateway-prices?format=oneapi", { authorization: "Bearer wrong" })).status).toBe(401);
    const bad = await get("/v1/gateway-prices?format=litellm");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { param: "format" } });
  });
});

describe("mergeGatewayPrices", () => {
  it("joins the maps and the unpriced names, and keeps ModelPrice only when a worker sent one", () => {
    const part = (name: string, extra: object = {}) => ({
      format: "oneapi",
      ModelRatio: { [name]: 1 },
      CompletionRatio: { [name]: 2 },
      unpriced: [`${name}-x`],
      notes: ["n"],
      ...extra,
    });
    expect(mergeGatewayPrices([part("b"), part("a")])).toEqual({
      format: "oneapi",
      ModelRatio: { a: 1, b: 1 },
      CompletionRatio: { a: 2, b: 2 },
      unpriced: ["a-x", "b-x"],
      notes: ["n"],
    });
    expect(mergeGatewayPrices([part("a", { ModelPrice: { p: 0.1 } }), part("b")]).ModelPrice).toEqual({ p: 0.1 });
  });
});
