import type { InputStyle, Model, OutputStyle } from "@wai/catalog";
import { MODELS } from "@wai/catalog";
import { EMULATED_MODELS, type EmulatedModel, RETIRED_MODELS } from "@wai/emulator/models";
import { describe, expect, it } from "vitest";

// The catalog's claims held against the emulator's own table, which is written from Cloudflare's published types
// and schemas (packages/emulator/README.md). A claim the published sources contradict is a catalog bug.
// Capabilities are checked one way: the catalog may offer less than a model takes (a choice), never more.

/**
 * Catalog limits no published source gives (the emulator's table has no value to hold them against). Each is
 * the catalog's own estimate, marked UNCONFIRMED in its data file.
 */
const UNPUBLISHED: Record<string, readonly string[]> = {
  contextWindow: [
    "@cf/meta/llama-3.1-8b-instruct-fast", // its JSON has no context_window; 8,000 observed on llama-3.1-8b
    "@cf/meta/llama-3.1-8b-instruct-fp8",
    "@cf/meta/llama-3.2-1b-instruct",
    "@cf/meta/llama-3.2-3b-instruct",
    "@cf/meta/llama-3.2-11b-vision-instruct",
    "@cf/meta/llama-guard-3-8b",
    "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b",
    "@cf/qwen/qwen2.5-coder-32b-instruct",
    "@cf/qwen/qwen3-30b-a3b-fp8",
    "@cf/google/gemma-4-26b-a4b-it",
    "@cf/meta-llama/llama-2-7b-chat-hf-lora",
    "@cf/google/gemma-2b-it-lora",
    "@cf/google/gemma-7b-it-lora",
    "@cf/mistral/mistral-7b-instruct-v0.2-lora",
    "@cf/llava-hf/llava-1.5-7b-hf",
  ],
  // FLUX.2's step range is not published (klein: "fixed 4 steps" in prose only).
  maxSteps: [
    "@cf/black-forest-labs/flux-2-dev",
    "@cf/black-forest-labs/flux-2-klein-4b",
    "@cf/black-forest-labs/flux-2-klein-9b",
  ],
  maxBatch: ["@cf/baai/bge-m3"], // no maxItems in its type or JSON
};

const EXPECTED_INPUT: Record<InputStyle, (m: EmulatedModel) => boolean> = {
  "prompt-messages": (m) => m.task === "text-generation" && m.request === "legacy",
  "prompt-messages-parts": (m) => m.task === "text-generation" && m.request === "legacy" && m.vision,
  "chat-completions": (m) => m.task === "text-generation" && m.request === "chat-completions",
  "image-to-text": (m) => m.task === "image-to-text",
  "embedding-text": (m) => m.task === "embeddings" && m.request === "text",
  "embedding-qwen3": (m) => m.task === "embeddings" && m.request === "qwen3",
  "stable-diffusion": (m) => m.task === "text-to-image" && m.request === "json" && !!m.fields.num_steps,
  "flux-schnell": (m) => m.task === "text-to-image" && !!m.closed,
  "flux-2-multipart": (m) => m.task === "text-to-image" && m.request === "multipart",
  leonardo: (m) => m.task === "text-to-image" && m.request === "json" && !!m.fields.guidance && !m.closed,
  "whisper-bytes": (m) => m.task === "speech-recognition" && m.audio === "bytes",
  "whisper-base64": (m) => m.task === "speech-recognition" && m.audio === "base64-or-stream",
  "deepgram-stt": (m) => m.task === "speech-recognition" && m.audio === "stream",
  melotts: (m) => m.task === "text-to-speech" && m.request === "melotts",
  "deepgram-tts": (m) => m.task === "text-to-speech" && m.request === "aura",
  m2m100: (m) => m.task === "translation",
};

const EXPECTED_OUTPUT: Record<OutputStyle, (m: EmulatedModel) => boolean> = {
  "legacy-response": (m) => m.task === "text-generation" && m.output === "legacy",
  "chat-completion": (m) => m.task === "text-generation" && m.output === "chat-completion",
  description: (m) => m.task === "image-to-text",
  embedding: (m) => m.task === "embeddings",
  "png-bytes": (m) => m.task === "text-to-image" && m.output === "png",
  "jpeg-bytes": (m) => m.task === "text-to-image" && m.output === "jpeg",
  "base64-image-json": (m) => m.task === "text-to-image" && m.output === "base64-json",
  whisper: (m) => m.task === "speech-recognition" && m.output === "whisper",
  "whisper-turbo": (m) => m.task === "speech-recognition" && m.output === "whisper-turbo",
  "deepgram-stt": (m) => m.task === "speech-recognition" && m.output === "deepgram",
  "audio-base64-or-bytes": (m) => m.task === "text-to-speech" && m.request === "melotts",
  "audio-bytes": (m) => m.task === "text-to-speech" && m.request === "aura",
  "translated-text": (m) => m.task === "translation",
};

const CURRENT = MODELS.filter((m) => !m.retired);
const emulated = (model: Model): EmulatedModel => {
  const found = EMULATED_MODELS.find((e) => e.id === model.id);
  if (!found) throw new Error(`${model.id}: not in the emulator's table`);
  return found;
};

/**
 * A sampling floor is the gateway's policy: it may be stricter than the published one (the gateway then maps or
 * refuses a value the service would take), never looser. Where the published floor is above OpenAI's own
 * (`top_p` ≥ 0, penalties ≥ −2, any seed), the catalog must have one, or the gateway would forward what
 * Workers AI refuses.
 */
function floorIsSafe(
  limit: string,
  model: Model,
  catalog: number | undefined,
  published: number | undefined,
  openai: number,
): void {
  if (published === undefined || published <= openai) {
    if (catalog !== undefined && published !== undefined)
      expect(catalog, `${model.id} ${limit}`).toBeGreaterThanOrEqual(published);
    return;
  }
  expect(catalog, `${model.id} ${limit}: the published floor is ${published}`).toBeDefined();
  expect(catalog, `${model.id} ${limit}`).toBeGreaterThanOrEqual(published);
}

/** The catalog's value must equal the published one, or be listed as unpublished. */
function agrees(limit: string, model: Model, catalog: number | undefined, published: number | undefined): void {
  if (catalog === undefined) return;
  if (published === undefined) expect(UNPUBLISHED[limit] ?? [], `${model.id} ${limit}`).toContain(model.id);
  else expect(catalog, `${model.id} ${limit}`).toBe(published);
}

describe("the catalog against the emulator's published table", () => {
  it("knows the same models: every current catalog model is served, every retired one is retired", () => {
    for (const model of CURRENT) expect(EMULATED_MODELS.map((m) => m.id)).toContain(model.id);
    const retired = new Map(RETIRED_MODELS.map((r) => [r.id, r.date]));
    for (const model of MODELS.filter((m) => m.retired))
      expect(retired.get(model.id), model.id).toBe(model.retired?.date);
  });

  it.each(CURRENT.map((m) => [m.id, m] as const))("%s: input and output style", (_id, model) => {
    const e = emulated(model);
    expect(EXPECTED_INPUT[model.input](e), `input ${model.input} vs ${e.source}`).toBe(true);
    expect(EXPECTED_OUTPUT[model.output](e), `output ${model.output} vs ${e.source}`).toBe(true);
  });

  it.each(CURRENT.map((m) => [m.id, m] as const))("%s: capabilities", (_id, model) => {
    const e = emulated(model);
    const caps = model.capabilities;
    if (e.task === "text-generation") {
      expect(caps.streaming).toBe(true);
      if (caps.tools) expect(e.tools, "tools").toBeDefined();
      if (caps.vision) expect(e.vision, "vision").toBe(true);
      if (caps.jsonMode) expect(e.jsonMode || !!e.guidedJson, "jsonMode").toBe(true);
      if (caps.reasoning) expect(e.reasoning, "reasoning").toBe(true);
      return;
    }
    expect(caps.streaming && model.task !== "text-generation").toBe(false);
    expect(caps.tools || caps.jsonMode).toBe(false);
    if (caps.vision) expect(e.task).toBe("image-to-text");
    if (e.task !== "text-to-image") return;
    if (caps.seed !== undefined) expect(caps.seed, "seed").toBe(!!e.fields.seed);
    if (caps.negativePrompt !== undefined)
      expect(caps.negativePrompt, "negativePrompt").toBe(!!e.fields.negative_prompt);
    if (caps.imageInput) expect(!!e.fields.image || e.request === "multipart", "imageInput").toBe(true);
    if (caps.mask) expect(!!e.fields.mask, "mask").toBe(true);
    if (caps.size) expect(!!e.fields.width, "size").toBe(true);
  });

  it.each(CURRENT.map((m) => [m.id, m] as const))("%s: limits", (_id, model) => {
    const e = emulated(model);
    const limits = model.limits;
    agrees("contextWindow", model, limits.contextWindow, e.task === "text-generation" ? e.contextWindow : undefined);
    if (e.task === "text-generation") {
      agrees("maxPromptChars", model, limits.maxPromptChars, e.maxPromptChars);
      floorIsSafe("minTopP", model, limits.minTopP, e.ranges.top_p?.min, 0);
      floorIsSafe("minSeed", model, limits.minSeed, e.ranges.seed?.min, Number.NEGATIVE_INFINITY);
      floorIsSafe("minPenalty", model, limits.minPenalty, e.ranges.frequency_penalty?.min, -2);
      floorIsSafe("minPenalty", model, limits.minPenalty, e.ranges.presence_penalty?.min, -2);
    }
    if (e.task === "embeddings") {
      agrees("dimensions", model, limits.dimensions, e.dimensions);
      agrees("maxBatch", model, limits.maxBatch, e.maxBatch);
    }
    if (e.task === "text-to-image") {
      const steps = e.fields.num_steps ?? e.fields.steps;
      agrees("maxSteps", model, limits.maxSteps, steps === true ? undefined : steps?.max);
      const width = e.fields.width === true ? undefined : e.fields.width;
      agrees("minSize", model, limits.minSize, width?.min);
      agrees("maxSize", model, limits.maxSize, width?.max);
      agrees("maxPromptChars", model, limits.maxPromptChars, e.maxPromptChars);
      const guidance = e.fields.guidance === true ? undefined : e.fields.guidance;
      agrees("minGuidance", model, limits.minGuidance, guidance?.min);
      agrees("maxGuidance", model, limits.maxGuidance, guidance?.max);
    }
  });
});
