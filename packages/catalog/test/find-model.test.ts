import { describe, expect, it } from "vitest";
import { findModel } from "../src/index.ts";

describe("findModel", () => {
  it("finds a model by its exact id, retired ones too", () => {
    expect(findModel("@cf/meta/llama-3.3-70b-instruct-fp8-fast")?.id).toBe("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
    expect(findModel("@hf/thebloke/zephyr-7b-beta-awq")?.retired?.date).toBe("2025-10-01");
  });

  it("matches ids exactly and aliases in any case", () => {
    expect(findModel("@CF/META/LLAMA-3.3-70B-INSTRUCT-FP8-FAST")).toBeUndefined();
    expect(findModel("GPT-4o-Mini")?.id).toBe("@cf/zai-org/glm-4.7-flash");
    expect(findModel("Whisper-1")?.id).toBe("@cf/openai/whisper-large-v3-turbo");
  });

  it("accepts an id without its @cf/ prefix, or its bare name", () => {
    expect(findModel("meta/llama-3.3-70b-instruct-fp8-fast")?.id).toBe("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
    expect(findModel("gpt-oss-120b")?.id).toBe("@cf/openai/gpt-oss-120b");
    expect(findModel("thebloke/zephyr-7b-beta-awq")?.id).toBe("@hf/thebloke/zephyr-7b-beta-awq");
    expect(findModel("m2m100-1.2b")?.id).toBe("@cf/meta/m2m100-1.2b");
  });

  it("finds nothing for unknown names", () => {
    expect(findModel("gpt-5")).toBeUndefined();
    expect(findModel("")).toBeUndefined();
    expect(findModel("@cf/meta/llama-9")).toBeUndefined();
  });

  it("lets MODEL_ALIASES override a default alias, case-insensitively", () => {
    const aliases = { "GPT-4o": "@cf/mistralai/mistral-small-3.1-24b-instruct" };
    expect(findModel("gpt-4o", aliases)?.id).toBe("@cf/mistralai/mistral-small-3.1-24b-instruct");
    expect(findModel("gpt-4o")?.id).toBe("@cf/meta/llama-4-scout-17b-16e-instruct");
    expect(findModel("gpt-4o-mini", aliases)?.id).toBe("@cf/zai-org/glm-4.7-flash");
  });

  it("adds new aliases, pointing at ids or short ids", () => {
    const aliases = { "my-coder": "@cf/qwen/qwen2.5-coder-32b-instruct", fast: "glm-4.7-flash" };
    expect(findModel("my-coder", aliases)?.id).toBe("@cf/qwen/qwen2.5-coder-32b-instruct");
    expect(findModel("FAST", aliases)?.id).toBe("@cf/zai-org/glm-4.7-flash");
  });

  it("never falls back to the default when an override points nowhere, and never lets one shadow an id", () => {
    expect(findModel("gpt-4o", { "gpt-4o": "@cf/no/such-model" })).toBeUndefined();
    expect(findModel("gpt-4o", { "gpt-4o": "gpt-4" })).toBeUndefined(); // targets are ids, not aliases
    const shadow = { "@cf/meta/llama-3.2-1b-instruct": "@cf/openai/gpt-oss-120b" };
    expect(findModel("@cf/meta/llama-3.2-1b-instruct", shadow)?.id).toBe("@cf/meta/llama-3.2-1b-instruct");
  });
});
