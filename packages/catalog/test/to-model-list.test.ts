import { describe, expect, it } from "vitest";
import { findModel, listModels, MODELS, toModelList, toModelObject } from "../src/index.ts";

describe("listModels", () => {
  it("leaves retired models out unless asked", () => {
    expect(listModels().some((m) => m.retired)).toBe(false);
    expect(listModels({ includeRetired: true })).toHaveLength(MODELS.length);
  });

  it("filters by worker and task", () => {
    const image = listModels({ worker: "image" });
    expect(image.length).toBeGreaterThan(5);
    expect(image.every((m) => m.task === "text-to-image")).toBe(true);
    expect(listModels({ task: "translation" }).map((m) => m.id)).toEqual(["@cf/meta/m2m100-1.2b"]);
    expect(listModels({ worker: "whisper", task: "text-to-speech" }).map((m) => m.id)).toContain("@cf/deepgram/aura-1");
  });
});

describe("toModelList", () => {
  it("is OpenAI's ListModelsResponse, created in seconds", () => {
    const list = toModelList(listModels());
    expect(list.object).toBe("list");
    expect(list.data).toHaveLength(listModels().length);
    for (const entry of list.data) {
      expect(Object.keys(entry).sort()).toEqual(["created", "id", "object", "owned_by"]);
      expect(entry.object).toBe("model");
      expect(entry.created).toBeLessThan(1e10);
      expect(entry.created).toBeGreaterThan(1.69e9);
    }
  });

  it("maps one model field by field", () => {
    const model = findModel("@cf/black-forest-labs/flux-1-schnell");
    if (!model) throw new Error("missing");
    expect(toModelObject(model)).toEqual({
      id: "@cf/black-forest-labs/flux-1-schnell",
      object: "model",
      created: Date.UTC(2024, 7, 1) / 1000,
      owned_by: "black-forest-labs",
    });
  });

  it("gives a retired model OpenAI's shutdown_date", () => {
    const model = findModel("@cf/meta/llama-3.1-8b-instruct");
    if (!model) throw new Error("missing");
    expect(toModelObject(model)).toMatchObject({ owned_by: "meta", shutdown_date: "2026-05-30" });
  });
});
