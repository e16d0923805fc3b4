import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MODELS, type Model } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { diffCatalog, toTaskId } from "../src/diff-catalog.ts";
import type { AiModelsSearchObject, ModelsSearchResponse } from "../src/models-search.ts";

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "models-search.json"), "utf8"),
) as ModelsSearchResponse;

const listing = (name: string, task: string, properties: Record<string, unknown> = {}): AiModelsSearchObject => ({
  id: "00000000-0000-4000-a000-000000000000",
  source: 1,
  name,
  description: "",
  task: { id: "t", name: task, description: "" },
  tags: [],
  properties: Object.entries(properties).map(([property_id, value]) => ({ property_id, value })),
});

const chat = MODELS.find((m) => m.id === "@cf/meta/llama-3.3-70b-instruct-fp8-fast") as Model;

describe("diffCatalog on the recorded (constructed) models search answer", () => {
  it("lists exactly the models added, retired and changed", () => {
    expect(diffCatalog(MODELS, fixture.result, "2026-12-01")).toEqual({
      added: [
        { id: "@cf/example-ai/nova-chat-9b", task: "text-generation" },
        { id: "@cf/example-ai/tiny-embed-v1", task: "text-embeddings" },
      ],
      retired: [
        { id: "@cf/meta/llama-3.2-1b-instruct", reason: "not in Cloudflare's list" },
        { id: "@cf/qwen/qwq-32b", reason: "planned_deprecation_date 2027-02-01" },
      ],
      changed: [
        { id: "@cf/google/gemma-3-12b-it", field: "status", catalog: "retired on 2026-05-30", cloudflare: "listed" },
        { id: "@cf/meta/llama-3.2-3b-instruct", field: "context_window", catalog: "8000", cloudflare: "128000" },
        { id: "@cf/meta/llama-4-scout-17b-16e-instruct", field: "beta", catalog: "false", cloudflare: "true" },
        {
          id: "@cf/meta/llama-guard-3-8b",
          field: "task",
          catalog: "text-generation",
          cloudflare: "text-classification",
        },
        { id: "@cf/qwen/qwen2.5-coder-32b-instruct", field: "function_calling", catalog: "false", cloudflare: "true" },
      ],
    });
  });
});

describe("diffCatalog's rules", () => {
  it("finds no drift when Cloudflare's list says what the catalog says", () => {
    const same = listing(chat.id, "Text Generation", { context_window: "24000", function_calling: "true" });
    expect(diffCatalog([chat], [same], "2026-12-01")).toEqual({ added: [], retired: [], changed: [] });
  });

  it("reads Cloudflare's task names as the catalog's task ids", () => {
    expect(
      ["Text Generation", "Text-to-Image", "Automatic Speech Recognition", "Text-to-Speech"].map(toTaskId),
    ).toEqual(["text-generation", "text-to-image", "automatic-speech-recognition", "text-to-speech"]);
  });

  it("counts a missing function_calling as no tools, and compares no context window Cloudflare does not give", () => {
    const bare = listing(chat.id, "Text Generation");
    expect(diffCatalog([chat], [bare], "2026-12-01").changed).toEqual([
      { id: chat.id, field: "function_calling", catalog: "true", cloudflare: "false" },
    ]);
  });

  it("reads non-string property values (price arrays) without failing", () => {
    const priced = listing(chat.id, "Text Generation", {
      context_window: "24000",
      function_calling: "true",
      price: [{ unit: "per M input tokens", price: 0.29, currency: "USD" }],
    });
    expect(diffCatalog([chat], [priced], "2026-12-01").changed).toEqual([]);
  });

  it("leaves a retirement the catalog dates in the future alone while Cloudflare still lists the model", () => {
    const retiring = { ...chat, retired: { date: "2027-01-01", replacement: "@cf/x" } } as Model;
    const listed = listing(chat.id, "Text Generation", { context_window: "24000", function_calling: "true" });
    expect(diffCatalog([retiring], [listed], "2026-12-01").changed).toEqual([]);
    expect(diffCatalog([retiring], [listed], "2027-01-02").changed).toEqual([
      { id: chat.id, field: "status", catalog: "retired on 2027-01-01", cloudflare: "listed" },
    ]);
  });
});
