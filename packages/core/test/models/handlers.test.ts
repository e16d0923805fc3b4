import { CATALOG, type Catalog, claudeFamilyObjects, listModels, type ServingWorker } from "@wai/catalog";
import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";
import { IMAGE_CATALOG } from "@wai/catalog/slices/image";
import { TRANSLATE_CATALOG } from "@wai/catalog/slices/translate";
import { WHISPER_CATALOG } from "@wai/catalog/slices/whisper";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/api-error.ts";
import { gatewayPricesHandler } from "../../src/models/gateway-prices-handler.ts";
import { getModelHandler } from "../../src/models/get-model-handler.ts";
import { listModelsHandler } from "../../src/models/list-models-handler.ts";

const SLICES: Record<ServingWorker, Catalog> = {
  "chat-embed": CHAT_EMBED_CATALOG,
  image: IMAGE_CATALOG,
  whisper: WHISPER_CATALOG,
  translate: TRANSLATE_CATALOG,
};
/** A worker's slice, or the whole catalog. */
const slice = (worker?: ServingWorker): Catalog => (worker === undefined ? CATALOG : SLICES[worker]);
const get = (worker: ServingWorker | undefined, model: string, env = {}) =>
  getModelHandler(slice(worker))({ params: { model } }, env);

describe("listModelsHandler", () => {
  it("answers a worker's own live models as JSON", async () => {
    const res = listModelsHandler(TRANSLATE_CATALOG)();
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({
      object: "list",
      data: [{ id: "@cf/meta/m2m100-1.2b", object: "model", created: 1695772800, owned_by: "meta" }],
    });
  });

  it("answers every live model for the router", async () => {
    const body = (await listModelsHandler(CATALOG)().json()) as { data: { id: string }[] };
    expect(body.data.map((m) => m.id)).toEqual(listModels().map((m) => m.id));
  });
});

describe("getModelHandler", () => {
  it("describes a model named by id (slashes and all), short id or alias, under its canonical id", async () => {
    for (const name of ["@cf/openai/gpt-oss-20b", "openai%2Fgpt-oss-20b", "gpt-oss-20b", "O3-MINI"]) {
      expect(await get(undefined, name).json()).toMatchObject({ id: "@cf/openai/gpt-oss-20b", object: "model" });
    }
  });

  it("follows MODEL_ALIASES from the env", async () => {
    const env = { MODEL_ALIASES: '{"gpt-4o":"@cf/zai-org/glm-4.7-flash"}' };
    expect(await get("chat-embed", "gpt-4o", env).json()).toMatchObject({ id: "@cf/zai-org/glm-4.7-flash" });
  });

  it("still describes a retired model: retired, when, and its successor", async () => {
    expect(await get("chat-embed", "@cf/meta/llama-3.1-8b-instruct").json()).toEqual({
      id: "@cf/meta/llama-3.1-8b-instruct",
      object: "model",
      created: 1721692800,
      owned_by: "meta",
      retired: true,
      shutdown_date: "2026-05-30",
      successor: "@cf/meta/llama-3.1-8b-instruct-fast",
    });
  });

  it("throws 404 model_not_found for an unknown model or one another worker serves", () => {
    for (const [worker, name] of [
      [undefined, "no-such-model"],
      ["chat-embed", "dall-e-3"],
      ["image", "gpt-4o-mini"],
      ["translate", "gpt-4o-mini"],
    ] as const) {
      const error = (() => {
        try {
          get(worker, name);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 404, code: "model_not_found", param: "model" });
    }
  });
});

describe("gatewayPricesHandler", () => {
  const call = (worker: ServingWorker | undefined, query: string, env = {}) =>
    gatewayPricesHandler(slice(worker))({ url: `https://w/v1/gateway-prices${query}` }, env);

  it("answers a worker's own names in the format asked", async () => {
    const body = (await call("whisper", "?format=newapi").json()) as { format: string; ModelPrice: object };
    expect(body.format).toBe("newapi");
    expect(body.ModelPrice).toHaveProperty("whisper-1");
    expect(body.ModelPrice).not.toHaveProperty("dall-e-3");
  });

  it("prices MODEL_ALIASES names from the env", async () => {
    const env = { MODEL_ALIASES: '{"my-llm":"@cf/zai-org/glm-4.7-flash"}' };
    const body = (await call("chat-embed", "?format=oneapi", env).json()) as { ModelRatio: Record<string, number> };
    expect(body.ModelRatio["my-llm"]).toBe(0.03);
  });

  it("refuses a missing or unknown format with a 400 naming it", () => {
    for (const query of ["", "?format=litellm"]) {
      try {
        call(undefined, query);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ApiError);
        expect(error).toMatchObject({ status: 400, param: "format" });
      }
    }
  });
});

describe("listModelsHandler with extra names", () => {
  it("lists chat-embed's models, then the Claude families it also answers to", async () => {
    const list = (await listModelsHandler(CHAT_EMBED_CATALOG, claudeFamilyObjects(CHAT_EMBED_CATALOG))().json()) as {
      data: { id: string }[];
    };
    const claude = list.data.filter((m) => m.id.startsWith("claude-"));
    expect(claude.map((m) => m.id)).toEqual(["claude-opus", "claude-mythos", "claude-sonnet", "claude-haiku"]);
    expect(list.data.length).toBeGreaterThan(claude.length);
  });
});
