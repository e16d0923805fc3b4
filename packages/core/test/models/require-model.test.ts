import { CATALOG, type ModelRoute, type ModelVars } from "@wai/catalog";
import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/api-error.ts";
import { modelsFor, requireModel } from "../../src/models/require-model.ts";

const CHAT: ModelRoute = {
  catalog: CHAT_EMBED_CATALOG,
  worker: "chat-embed",
  task: ["text-generation", "image-to-text"],
  passThrough: "text-generation",
};

function failure(name: string, route: ModelRoute = { catalog: CATALOG }, env: ModelVars = {}): ApiError {
  try {
    modelsFor(name, env, route);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`modelsFor("${name}") did not throw`);
}

describe("modelsFor", () => {
  it("returns the model for an id or an alias of the right task and worker", () => {
    expect(requireModel("gpt-4o", {}, { catalog: CATALOG, task: "text-generation", worker: "chat-embed" }).id).toBe(
      "@cf/meta/llama-4-scout-17b-16e-instruct",
    );
    expect(requireModel("@cf/llava-hf/llava-1.5-7b-hf", {}, CHAT).task).toBe("image-to-text");
  });

  it("refuses an unknown model with OpenAI's 404", () => {
    const error = failure("gpt-5", CHAT);
    expect(error).toMatchObject({
      status: 404,
      type: "invalid_request_error",
      code: "model_not_found",
      param: "model",
    });
    expect(error.message).toBe(
      "The model `gpt-5` does not exist or you do not have access to it. GET /v1/models lists the models this gateway serves.",
    );
  });

  it("says so when MODEL_ALIASES points at nothing", () => {
    const error = failure("gpt-4o", { catalog: CATALOG }, { MODEL_ALIASES: '{"gpt-4o":"meta/llama-3.3-70b-typo"}' });
    expect(error).toMatchObject({ status: 404, code: "model_not_found", param: "model" });
    expect(error.message).toContain("MODEL_ALIASES maps it to `meta/llama-3.3-70b-typo`");
  });

  it("serves a retired model by its successor, and says so", () => {
    const resolved = modelsFor("@hf/thebloke/zephyr-7b-beta-awq", {}, CHAT);
    expect(resolved.models.map((m) => m.id)).toEqual(["@cf/meta/llama-3.1-8b-instruct-fast"]);
    expect(resolved.notes).toEqual([
      "model: `@hf/thebloke/zephyr-7b-beta-awq` was retired by Cloudflare on 2025-10-01; served by its successor `@cf/meta/llama-3.1-8b-instruct-fast`",
    ]);
    expect(
      modelsFor("whisper-sherpa", {}, { catalog: CATALOG, task: "automatic-speech-recognition" }).notes[0],
    ).toContain("no later than 2025-10-01");
  });

  it("refuses a retired model under RETIRED_MODELS=reject, naming the date and the replacement", () => {
    const reject = { RETIRED_MODELS: "reject" };
    const error = failure("@hf/thebloke/zephyr-7b-beta-awq", { catalog: CATALOG, task: "text-generation" }, reject);
    expect(error).toMatchObject({ status: 404, type: "invalid_request_error", code: "model_retired", param: "model" });
    expect(error.message).toBe(
      "The model `@hf/thebloke/zephyr-7b-beta-awq` was retired by Cloudflare on 2025-10-01 and no longer runs on Workers AI. Use `@cf/meta/llama-3.1-8b-instruct-fast` instead.",
    );
    const undated = failure("whisper-sherpa", { catalog: CATALOG }, reject);
    expect(undated.message).toContain("`whisper-sherpa` (`@cf/openai/whisper-sherpa`)");
    expect(undated.message).toContain("no later than 2025-10-01");
  });

  it("passes an unlisted @cf/ or @hf/ id through in the route's task, unless UNLISTED_MODELS=reject", () => {
    const resolved = modelsFor("@cf/zai-org/glm-5.2", {}, CHAT);
    expect(resolved.models[0]).toMatchObject({ id: "@cf/zai-org/glm-5.2", input: "chat-completions" });
    expect(resolved.notes[0]).toContain("not in this gateway's catalog");
    const embed = {
      catalog: CATALOG,
      worker: "chat-embed",
      task: "text-embeddings",
      passThrough: "text-embeddings",
    } as const;
    expect(modelsFor("@hf/new/embedder", {}, embed).models[0]).toMatchObject({ input: "embedding-text" });
    expect(modelsFor("mine", { MODEL_ALIASES: "mine=@cf/new/model" }, CHAT).models[0].id).toBe("@cf/new/model");
    const refused = failure("@cf/zai-org/glm-5.2", CHAT, { UNLISTED_MODELS: "reject" });
    expect(refused).toMatchObject({ status: 404, code: "model_not_found" });
    expect(refused.message).toContain("UNLISTED_MODELS=reject");
  });

  it("never passes through a name outside Workers AI's namespaces, nor on a route that has no pass-through", () => {
    expect(failure("llama-99", CHAT).code).toBe("model_not_found");
    expect(failure("@cf/new/painter", { catalog: CATALOG, worker: "image", task: "text-to-image" }).code).toBe(
      "model_not_found",
    );
  });

  it("adds the MODEL_FALLBACKS ladder, aliases allowed, skipping what cannot serve the route", () => {
    const env = { MODEL_FALLBACKS: '{"GPT-4o-mini": ["gpt-4", "@cf/qwen/qwq-32b", "dall-e-3", "gpt-4o-mini"]}' };
    const resolved = modelsFor("gpt-4o-mini", env, CHAT);
    expect(resolved.models.map((m) => m.id)).toEqual([
      "@cf/zai-org/glm-4.7-flash",
      "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      "@cf/qwen/qwq-32b",
    ]);
    expect(resolved.notes).toEqual([
      "fallback: MODEL_FALLBACKS names `dall-e-3`, which cannot serve this route; skipped",
    ]);
    const byId = { MODEL_FALLBACKS: '{"@cf/zai-org/glm-4.7-flash": ["gpt-4"]}' };
    expect(modelsFor("gpt-4o-mini", byId, CHAT).models).toHaveLength(2);
  });

  it("refuses a model of another task with 400, naming its task and endpoint", () => {
    const error = failure("text-embedding-3-small", { catalog: CATALOG, task: "text-generation" });
    expect(error).toMatchObject({ status: 400, code: "model_not_supported", param: "model" });
    expect(error.message).toContain("is a text-embeddings model");
    expect(error.message).toContain("POST /v1/embeddings");
  });

  it("refuses a model another worker serves", () => {
    const error = failure("dall-e-3", { catalog: CATALOG, worker: "chat-embed" });
    expect(error).toMatchObject({ status: 400, code: "model_not_supported", param: "model" });
    expect(error.message).toContain("served by the image worker");
  });

  it("throws a malformed setting loudly", () => {
    expect(() => modelsFor("gpt-4o", { MODEL_FALLBACKS: '{"gpt-4o": 3}' }, CHAT)).toThrow(/MODEL_FALLBACKS/);
    expect(() => modelsFor("gpt-4o", { RETIRED_MODELS: "maybe" }, CHAT)).toThrow(/RETIRED_MODELS must be/);
  });
});
