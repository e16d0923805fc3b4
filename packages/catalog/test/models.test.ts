import { ALL_GUIDE_MODELS, GUIDE_MODEL_TASKS, GUIDE_MODELS } from "@wai/test-support/original-guide-models";
import { describe, expect, it } from "vitest";
import { MODELS, type Model, type ServingWorker, type Task } from "../src/index.ts";
import { CURRENT_MODELS } from "./fixtures/current-models.ts";

const byId = new Map(MODELS.map((m) => [m.id, m]));
const must = (id: string): Model => {
  const model = byId.get(id);
  if (!model) throw new Error(`${id} is not in the catalog`);
  return model;
};

const WORKER: Record<Task, ServingWorker> = {
  "text-generation": "chat-embed",
  "image-to-text": "chat-embed",
  "text-embeddings": "chat-embed",
  "text-to-image": "image",
  "automatic-speech-recognition": "whisper",
  "text-to-speech": "whisper",
  translation: "translate",
};

describe("the catalog", () => {
  it("has each id once", () => {
    expect(byId.size).toBe(MODELS.length);
  });

  it.each(
    Object.entries(GUIDE_MODELS).flatMap(([group, ids]) =>
      ids.map((id) => [id, GUIDE_MODEL_TASKS[group as keyof typeof GUIDE_MODELS]]),
    ),
  )("keeps the guide's %s (%s)", (id, task) => {
    expect(must(id).task).toBe(task);
    expect(must(id).fromOriginalGuide).toBe(true);
  });

  it("marks no model from the guide that the guide did not list", () => {
    const listed = new Set(ALL_GUIDE_MODELS);
    const marked = MODELS.filter((m) => m.fromOriginalGuide).map((m) => m.id);
    expect(marked.filter((id) => !listed.has(id))).toEqual([]);
    expect(marked).toHaveLength(listed.size);
  });

  it.each(CURRENT_MODELS)("has the current model %s", (id) => {
    expect(byId.has(id)).toBe(true);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))("%s is coherent", (id, model) => {
    expect(id).toMatch(/^@(cf|hf)\/[\w.-]+\/[\w.-]+$/);
    expect(model.worker).toBe(WORKER[model.task]);
    expect(model.ownedBy).toBe(id.split("/")[1]);
    expect(Number.isInteger(model.created)).toBe(true);
    expect(model.created).toBeGreaterThan(Date.UTC(2023, 8, 1) / 1000); // Workers AI opened in September 2023
    expect(model.created).toBeLessThan(Date.UTC(2027, 0, 1) / 1000);
    const { capabilities: caps, limits } = model;
    if (model.task === "text-generation") {
      expect(caps.streaming).toBe(true);
      expect(limits.defaultMaxTokens).toBeGreaterThanOrEqual(512);
      expect(limits.defaultMaxTokens).toBeLessThanOrEqual((limits.contextWindow ?? 4096) / 2);
      if (limits.maxOutputTokens) expect(limits.defaultMaxTokens).toBeLessThanOrEqual(limits.maxOutputTokens);
    } else {
      expect(caps.streaming || caps.tools || caps.jsonMode || caps.reasoning).toBe(false);
    }
    if (model.task === "text-embeddings") {
      expect(limits.dimensions).toBeGreaterThan(0);
      expect(limits.maxBatch).toBeGreaterThan(0);
    }
    if (model.task === "text-to-image") {
      expect(limits.maxSteps).toBeGreaterThan(0);
      expect(limits.defaultSteps).toBeGreaterThan(0);
      expect(limits.defaultSteps).toBeLessThanOrEqual(limits.maxSteps ?? 0);
      if (caps.size) expect(limits.defaultSize).toBeLessThanOrEqual(limits.maxSize ?? 0);
    }
    if (caps.mask) expect(caps.imageInput).toBe(true);
    if (model.input === "prompt-messages-parts" || model.task === "image-to-text") expect(caps.vision).toBe(true);
    if (model.input === "chat-completions") expect(model.output).toBe("chat-completion");
  });

  it("caps the Stable Diffusion family at 20 steps and flux-1-schnell at 8, without size control", () => {
    for (const model of MODELS.filter((m) => m.input === "stable-diffusion")) expect(model.limits.maxSteps).toBe(20);
    const schnell = must("@cf/black-forest-labs/flux-1-schnell");
    expect(schnell.limits).toMatchObject({ maxSteps: 8, defaultSteps: 4 });
    expect(schnell.capabilities.size).toBe(false);
  });

  it("gives img2img an input image, inpainting a mask too, and turbo whisper translation", () => {
    expect(must("@cf/runwayml/stable-diffusion-v1-5-img2img").capabilities).toMatchObject({ imageInput: true });
    expect(must("@cf/runwayml/stable-diffusion-v1-5-img2img").capabilities.mask).toBeFalsy();
    expect(must("@cf/runwayml/stable-diffusion-v1-5-inpainting").capabilities).toMatchObject({
      imageInput: true,
      mask: true,
    });
    expect(must("@cf/openai/whisper-large-v3-turbo").capabilities.translate).toBe(true);
    expect(must("@cf/openai/whisper").capabilities.translate).toBeFalsy();
  });

  it("flags tools, vision and reasoning where Workers AI has them", () => {
    const withCap = (cap: "tools" | "vision" | "reasoning") =>
      MODELS.filter((m) => !m.retired && m.capabilities[cap]).map((m) => m.id.split("/")[2]);
    expect(withCap("tools")).toEqual(
      expect.arrayContaining(["llama-3.3-70b-instruct-fp8-fast", "llama-4-scout-17b-16e-instruct", "gpt-oss-120b"]),
    );
    expect(withCap("tools")).not.toContain("llama-3.1-8b-instruct-fast");
    expect(withCap("vision")).toEqual(
      expect.arrayContaining(["llama-3.2-11b-vision-instruct", "llama-4-scout-17b-16e-instruct", "kimi-k2.6"]),
    );
    expect(withCap("reasoning")).toEqual(
      expect.arrayContaining(["gpt-oss-20b", "qwq-32b", "deepseek-r1-distill-qwen-32b", "glm-4.7-flash"]),
    );
    expect(withCap("reasoning")).not.toContain("llama-3.3-70b-instruct-fp8-fast");
  });

  it("sends reasoning models a larger default max_tokens than plain chat models of the same window", () => {
    expect(must("@cf/openai/gpt-oss-120b").limits.defaultMaxTokens).toBe(8192);
    expect(must("@cf/meta/llama-4-scout-17b-16e-instruct").limits.defaultMaxTokens).toBe(2048);
    expect(must("@cf/qwen/qwq-32b").limits.defaultMaxTokens).toBe(6000); // a quarter of 24,000
  });
});
