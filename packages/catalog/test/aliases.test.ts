import { describe, expect, it } from "vitest";
import { DEFAULT_ALIASES, findModel, MODELS, type Task } from "../src/index.ts";

type Capability = "tools" | "jsonMode" | "vision" | "reasoning" | "streaming";
interface AliasPromise {
  task: Task;
  capabilities?: Capability[];
  /** Embeddings: OpenAI's default vector size for the name. */
  dimensions?: number;
}

/** What clients send with each OpenAI name by default, so what the model behind it must do. */
const PROMISES: Record<string, AliasPromise> = {
  "gpt-4o-mini": { task: "text-generation", capabilities: ["streaming", "tools", "jsonMode"] },
  "gpt-3.5-turbo": { task: "text-generation", capabilities: ["streaming", "tools", "jsonMode"] },
  "gpt-3.5-turbo-instruct": { task: "text-generation", capabilities: ["streaming"] },
  "gpt-4": { task: "text-generation", capabilities: ["streaming", "tools", "jsonMode"] },
  "gpt-4o": { task: "text-generation", capabilities: ["streaming", "tools", "vision", "jsonMode"] },
  "gpt-4.1": { task: "text-generation", capabilities: ["streaming", "tools", "vision", "jsonMode"] },
  "gpt-4-turbo": { task: "text-generation", capabilities: ["streaming", "tools", "vision", "jsonMode"] },
  o1: { task: "text-generation", capabilities: ["reasoning", "tools"] },
  o3: { task: "text-generation", capabilities: ["reasoning", "tools"] },
  "o1-mini": { task: "text-generation", capabilities: ["reasoning"] },
  "o3-mini": { task: "text-generation", capabilities: ["reasoning", "tools"] },
  "o4-mini": { task: "text-generation", capabilities: ["reasoning", "tools"] },
  "text-embedding-3-small": { task: "text-embeddings", dimensions: 1536 },
  "text-embedding-3-large": { task: "text-embeddings", dimensions: 3072 },
  "text-embedding-ada-002": { task: "text-embeddings", dimensions: 1536 },
  "dall-e-3": { task: "text-to-image" },
  "dall-e-2": { task: "text-to-image" },
  "gpt-image-1": { task: "text-to-image" },
  "whisper-1": { task: "automatic-speech-recognition" },
  "gpt-4o-transcribe": { task: "automatic-speech-recognition" },
  "tts-1": { task: "text-to-speech" },
  "tts-1-hd": { task: "text-to-speech" },
  m2m100: { task: "translation" },
};

const aliases = MODELS.flatMap((m) => m.aliases.map((alias) => [alias, m] as const));

describe("default aliases", () => {
  it("sit on one model each, case-insensitively, and never look like an id", () => {
    const lower = aliases.map(([alias]) => alias.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    for (const [alias] of aliases) {
      expect(alias).not.toMatch(/^@/);
      expect(MODELS.some((m) => m.id.endsWith(`/${alias}`))).toBe(false);
    }
  });

  it.each(aliases.map(([alias, model]) => [alias, model.id, model] as const))(
    "%s resolves to %s, a live model",
    (alias, id, model) => {
      expect(findModel(alias)?.id).toBe(id);
      expect(model.retired).toBeUndefined();
    },
  );

  it("is the table the README documents", () => {
    expect(DEFAULT_ALIASES).toEqual({
      "gpt-4o-mini": "@cf/zai-org/glm-4.7-flash",
      "gpt-3.5-turbo": "@cf/zai-org/glm-4.7-flash",
      "gpt-3.5-turbo-instruct": "@cf/meta/llama-3.1-8b-instruct-fast",
      "gpt-4": "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      "gpt-4o": "@cf/meta/llama-4-scout-17b-16e-instruct",
      "gpt-4.1": "@cf/meta/llama-4-scout-17b-16e-instruct",
      "gpt-4-turbo": "@cf/meta/llama-4-scout-17b-16e-instruct",
      o1: "@cf/openai/gpt-oss-120b",
      o3: "@cf/openai/gpt-oss-120b",
      "o1-mini": "@cf/openai/gpt-oss-20b",
      "o3-mini": "@cf/openai/gpt-oss-20b",
      "o4-mini": "@cf/openai/gpt-oss-20b",
      "text-embedding-3-small": "@cf/baai/bge-m3",
      "text-embedding-3-large": "@cf/baai/bge-large-en-v1.5",
      "text-embedding-ada-002": "@cf/baai/bge-base-en-v1.5",
      "dall-e-3": "@cf/black-forest-labs/flux-1-schnell",
      "dall-e-2": "@cf/bytedance/stable-diffusion-xl-lightning",
      "gpt-image-1": "@cf/black-forest-labs/flux-2-dev",
      "whisper-1": "@cf/openai/whisper-large-v3-turbo",
      "gpt-4o-transcribe": "@cf/deepgram/nova-3",
      "tts-1": "@cf/myshell-ai/melotts",
      "tts-1-hd": "@cf/deepgram/aura-2-en",
      m2m100: "@cf/meta/m2m100-1.2b",
    });
  });

  it.each(Object.entries(PROMISES))("%s gives what clients send it by default: %j", (alias, promise) => {
    const model = findModel(alias);
    expect(model?.retired).toBeUndefined();
    expect(model?.task).toBe(promise.task);
    for (const capability of promise.capabilities ?? []) expect(model?.capabilities[capability]).toBe(true);
    if (promise.dimensions !== undefined) {
      const live = MODELS.filter((m) => m.task === "text-embeddings" && !m.retired);
      const exact = live.filter((m) => m.limits.dimensions === promise.dimensions);
      // at OpenAI's usual size where a Workers AI model has it; none has 1536 or 3072 today
      if (exact.length > 0) expect(exact).toContain(model);
      else expect(model?.limits.dimensions).toBeGreaterThanOrEqual(768);
    }
  });

  it("promises something for every alias", () => {
    expect(Object.keys(PROMISES).sort()).toEqual(Object.keys(DEFAULT_ALIASES).sort());
  });

  it("puts OpenAI's vision models on vision models and its reasoning models on reasoning models", () => {
    for (const alias of ["gpt-4o", "gpt-4.1", "gpt-4-turbo"]) expect(findModel(alias)?.capabilities.vision).toBe(true);
    for (const alias of ["o1", "o3", "o1-mini", "o3-mini", "o4-mini"]) {
      expect(findModel(alias)?.capabilities.reasoning).toBe(true);
    }
    expect(findModel("gpt-4o-mini")?.task).toBe("text-generation");
    expect(findModel("text-embedding-3-small")?.task).toBe("text-embeddings");
    expect(findModel("dall-e-3")?.task).toBe("text-to-image");
    expect(findModel("whisper-1")?.task).toBe("automatic-speech-recognition");
    expect(findModel("tts-1")?.task).toBe("text-to-speech");
    expect(findModel("m2m100")?.task).toBe("translation");
  });
});
