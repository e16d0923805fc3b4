import { ApiError } from "@wai/core";
import { describe, expect, it } from "vitest";
import { type RequireModelOptions, requireModel } from "../src/index.ts";

function failure(name: string, options?: RequireModelOptions): ApiError {
  try {
    requireModel(name, options);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`requireModel("${name}") did not throw`);
}

describe("requireModel", () => {
  it("returns the model for an id or an alias of the right task and worker", () => {
    expect(requireModel("gpt-4o", { task: "text-generation", worker: "chat-embed" }).id).toBe(
      "@cf/meta/llama-4-scout-17b-16e-instruct",
    );
    expect(requireModel("@cf/llava-hf/llava-1.5-7b-hf", { task: ["text-generation", "image-to-text"] }).task).toBe(
      "image-to-text",
    );
  });

  it("refuses an unknown model with OpenAI's 404", () => {
    const error = failure("gpt-5");
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
    const error = failure("gpt-4o", { aliases: { "gpt-4o": "@cf/meta/llama-3.3-70b-typo" } });
    expect(error).toMatchObject({ status: 404, code: "model_not_found", param: "model" });
    expect(error.message).toContain("MODEL_ALIASES maps it to `@cf/meta/llama-3.3-70b-typo`");
  });

  it("refuses a retired model, naming the date and the replacement", () => {
    const error = failure("@hf/thebloke/zephyr-7b-beta-awq", { task: "text-generation" });
    expect(error).toMatchObject({ status: 404, type: "invalid_request_error", code: "model_retired", param: "model" });
    expect(error.message).toBe(
      "The model `@hf/thebloke/zephyr-7b-beta-awq` was retired by Cloudflare on 2025-10-01 and no longer runs on Workers AI. Use `@cf/meta/llama-3.1-8b-instruct-fast` instead.",
    );
  });

  it("words an undated retirement as 'no later than', and names the id behind a short name", () => {
    const error = failure("whisper-sherpa");
    expect(error.message).toContain("`whisper-sherpa` (`@cf/openai/whisper-sherpa`)");
    expect(error.message).toContain("no later than 2025-10-01");
    expect(error.message).toContain("`@cf/openai/whisper-large-v3-turbo`");
  });

  it("refuses a model of another task with 400, naming its task and endpoint", () => {
    const error = failure("text-embedding-3-small", { task: "text-generation" });
    expect(error).toMatchObject({ status: 400, code: "model_not_supported", param: "model" });
    expect(error.message).toContain("is a text-embeddings model");
    expect(error.message).toContain("POST /v1/embeddings");
  });

  it("refuses a model another worker serves", () => {
    const error = failure("dall-e-3", { worker: "chat-embed" });
    expect(error).toMatchObject({ status: 400, code: "model_not_supported", param: "model" });
    expect(error.message).toContain("served by the image worker");
  });

  it("checks retirement before task, so a retired model is never reported as misplaced", () => {
    expect(failure("@cf/unum/uform-gen2-qwen-500m", { task: "text-to-image" }).code).toBe("model_retired");
  });
});
